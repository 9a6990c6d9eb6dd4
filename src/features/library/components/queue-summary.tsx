import { totalInList } from '@/features/library/state/counts';
import { useStatusCounts } from '@/features/library/hooks';
import { STATUSES, STATUS_LABELS } from '@/features/library/schema';

/** "12 of 40 read", then how many papers wait in each status. */
export function QueueSummary() {
  const counts = useStatusCounts();
  const total = totalInList(counts);
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-ink-muted">
      <p className="text-base font-semibold text-ink">
        {counts.read} of {total} read
      </p>
      <ul aria-label="Papers by status" className="flex flex-wrap gap-x-3">
        {STATUSES.map((status) => (
          <li key={status}>
            {STATUS_LABELS[status]}: {counts[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
