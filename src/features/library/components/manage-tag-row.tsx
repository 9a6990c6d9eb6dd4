import { useId, useState } from 'react';
import { Link } from 'wouter';
import { Button } from '@/components/ui/button';
import { normalizeTag, MAX_TAG_LENGTH } from '@/features/library/state/entry';
import { libraryActions } from '@/features/library/hooks';
import { paperCount } from '@/lib/paper-count';

type ManageTagRowProps = {
  tag: string;
  count: number;
  existing: readonly string[];
  disabled: boolean;
  /** Following a link out of the dialog closes it. */
  onLeave: () => void;
};

/** Every paper ranked by a model of this tag alone (the "For you" sort with the tag chosen). */
export const moreLikeTagHref = (tag: string) =>
  `/?${new URLSearchParams({ tag, sort: 'for-you' }).toString()}`;

/** One tag across the whole library: rename it (merging into an existing tag) or delete it, after a confirm. */
export function ManageTagRow({ tag, count, existing, disabled, onLeave }: ManageTagRowProps) {
  const inputId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(tag);
  const target = normalizeTag(name);
  const merges = target !== tag && existing.includes(target);

  if (mode === 'rename') {
    return (
      <li>
        <form
          className="flex flex-wrap items-end gap-2 py-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (target && target !== tag) libraryActions.renameTag(tag, target);
            setMode('view');
          }}
        >
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor={inputId} className="text-sm text-ink-muted">
              New name for {tag}
            </label>
            <input
              id={inputId}
              value={name}
              maxLength={MAX_TAG_LENGTH}
              onChange={(event) => setName(event.target.value)}
              className="min-h-11 rounded-lg border border-line bg-surface-raised px-3 text-sm sm:min-h-9"
            />
            {merges && (
              <p className="text-sm text-warn">Merges into the existing tag “{target}”.</p>
            )}
          </div>
          <Button type="submit" variant="primary" disabled={!target}>
            Save
          </Button>
          <Button onClick={() => setMode('view')}>Cancel</Button>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <span className="min-w-0 flex-1 truncate font-medium">{tag}</span>
      <span className="text-sm text-ink-muted">{paperCount(count)}</span>
      {mode === 'delete' ? (
        <>
          <span className="w-full text-sm text-danger sm:w-auto">
            Remove “{tag}” from {paperCount(count)}?
          </span>
          <Button variant="danger" onClick={() => libraryActions.deleteTag(tag)}>
            Delete
          </Button>
          <Button onClick={() => setMode('view')}>Cancel</Button>
        </>
      ) : (
        <>
          <Link
            href={moreLikeTagHref(tag)}
            onClick={onLeave}
            aria-label={`More like this tag: ${tag}`}
            className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-accent hover:underline sm:min-h-9"
          >
            More like this tag
          </Link>
          <Button
            aria-label={`Rename tag ${tag}`}
            disabled={disabled}
            onClick={() => setMode('rename')}
          >
            Rename
          </Button>
          <Button
            aria-label={`Delete tag ${tag}`}
            disabled={disabled}
            onClick={() => setMode('delete')}
          >
            Delete
          </Button>
        </>
      )}
    </li>
  );
}
