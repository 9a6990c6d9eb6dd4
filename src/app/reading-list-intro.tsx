import { ManageTagsButton } from '@/features/library/components/manage-tags-dialog';
import { QueueSummary } from '@/features/library/components/queue-summary';

export function ReadingListIntro() {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <QueueSummary />
      <ManageTagsButton />
    </div>
  );
}
