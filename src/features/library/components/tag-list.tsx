import { libraryActions, useCanEdit, useTags } from '@/features/library/hooks';

type TagListProps = { paperId: string };

/** The paper's tags, each with its own remove button. */
export function TagList({ paperId }: TagListProps) {
  const tags = useTags(paperId);
  const canEdit = useCanEdit();
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li
          key={tag}
          className="inline-flex max-w-full items-center rounded-full border border-line bg-accent-soft pl-3 text-sm text-ink"
        >
          <span className="min-w-0 [overflow-wrap:anywhere]">{tag}</span>
          <button
            type="button"
            aria-label={`Remove tag ${tag}`}
            disabled={!canEdit}
            onClick={() => libraryActions.removeTag(paperId, tag)}
            className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-ink-muted hover:text-danger disabled:opacity-50 sm:size-8"
          >
            <span aria-hidden="true">✕</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
