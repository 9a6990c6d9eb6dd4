import { selectionActions, useIsSelected } from './selection';

/** Picks a paper for "Export: selection". */
export function SelectCheckbox({ paperId, title }: { paperId: string; title: string }) {
  const selected = useIsSelected(paperId);
  return (
    <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 text-sm sm:min-h-9">
      <input
        type="checkbox"
        className="size-4 accent-accent"
        checked={selected}
        onChange={() => selectionActions.toggle(paperId)}
        aria-label={`Select ${title}`}
      />
      <span aria-hidden="true">Select</span>
    </label>
  );
}
