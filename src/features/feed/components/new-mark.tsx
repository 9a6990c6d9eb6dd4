import { useIsNewPaper } from '@/features/feed/new-papers';

/** "New" on a paper that arrived since the reader's previous visit. */
export function NewMark({ paperId }: { paperId: string }) {
  const isNew = useIsNewPaper(paperId);
  if (!isNew) return null;
  return (
    <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-ink">
      New
    </span>
  );
}
