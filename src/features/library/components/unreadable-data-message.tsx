import { Button } from '@/components/ui/button';
import type { StorageHealth } from '@/features/library/persistence/health';
import { libraryActions } from '@/features/library/hooks';
import { downloadFile } from '@/lib/download';

type UnreadableDataMessageProps = {
  unreadable: NonNullable<StorageHealth['unreadable']>;
  className: string;
};

function downloadUnreadable(raw: string) {
  const date = new Date().toISOString().slice(0, 10);
  downloadFile(`papershelf-unreadable-library-${date}.txt`, raw, 'text/plain');
}

/** Saved data that could not be read: nothing is lost yet, and the user decides what happens to it. */
export function UnreadableDataMessage({ unreadable, className }: UnreadableDataMessageProps) {
  return (
    <div role="alert" className={`${className} border-danger bg-danger-soft text-ink`}>
      <div className="flex-1 space-y-1">
        <p className="font-semibold">Your saved reading list could not be read.</p>
        <p>
          {unreadable.reason} Nothing has been deleted: it is kept exactly as it was, and new
          changes are not saved until you choose. Download the unreadable data to keep a copy, then
          start fresh, or restore a JSON backup with Import.
        </p>
        {unreadable.setAsideFailed && (
          <p className="text-danger">
            There is no room to keep a copy aside in the browser. Download it first, then discard it
            to start fresh.
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => downloadUnreadable(unreadable.raw)}>
          Download the unreadable data
        </Button>
        {unreadable.setAsideFailed ? (
          <Button
            variant="danger"
            onClick={() => libraryActions.startFresh({ discardUnreadable: true })}
          >
            Discard it and start fresh
          </Button>
        ) : (
          <Button variant="primary" onClick={() => libraryActions.startFresh()}>
            Start fresh
          </Button>
        )}
      </div>
    </div>
  );
}
