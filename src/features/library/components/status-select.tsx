import { useId } from 'react';
import { libraryActions, useCanEdit, useStatus } from '@/features/library/hooks';
import { STATUSES, STATUS_LABELS, statusSchema } from '@/features/library/schema';

type StatusSelectProps = {
  paperId: string;
  title: string;
  /** Show the "Reading status" label; it is always the accessible name either way. */
  showLabel?: boolean;
};

/** The paper's place in the reading list; "Not in list" takes it out (tags and note stay). */
export function StatusSelect({ paperId, title, showLabel = false }: StatusSelectProps) {
  const id = useId();
  const status = useStatus(paperId);
  const canEdit = useCanEdit();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={showLabel ? 'text-sm font-medium text-ink-muted' : 'sr-only'}>
        Reading status
      </label>
      <select
        id={id}
        title={`Reading status of “${title}”`}
        value={status ?? ''}
        disabled={!canEdit}
        onChange={(event) => {
          const parsed = statusSchema.safeParse(event.target.value);
          libraryActions.setStatus(paperId, parsed.success ? parsed.data : null);
        }}
        className="min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-sm text-ink sm:min-h-9"
      >
        <option value="">Not in list</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
