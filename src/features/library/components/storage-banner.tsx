import { Button } from '@/components/ui/button';
import { useStorageHealth } from '@/features/library/hooks';
import { BackupNudge } from '@/features/library/components/backup-nudge';
import { UnreadableDataMessage } from '@/features/library/components/unreadable-data-message';
import type { StorageFailure } from '@/lib/storage';

type StorageBannerProps = {
  /** Starts a JSON backup download; the app wires the export. */
  onBackup?: () => void;
  /** Changes since the last backup before the nudge appears. */
  nudgeAfterChanges?: number;
};

const urgent =
  'flex flex-col gap-3 rounded-lg border px-4 py-3 text-sm sm:flex-row sm:items-center';

const FAILURE_TEXT: Record<StorageFailure['kind'], string> = {
  quota: 'Changes are not being saved: this browser’s storage for Papershelf is full.',
  unavailable:
    'Changes are not being saved: this browser is blocking storage (private browsing or site data settings).',
  unknown: 'Changes are not being saved: the browser refused to store them.',
};

/** Everything about saving the user should know, most urgent first; nothing when all is well. */
export function StorageBanner({ onBackup, nudgeAfterChanges = 20 }: StorageBannerProps) {
  const health = useStorageHealth();

  if (health.readOnly) {
    return (
      <div role="alert" className={`${urgent} border-warn bg-warn-soft text-ink`}>
        <p className="flex-1">
          This reading list was saved by a newer version of Papershelf. This tab is read-only so it
          cannot damage it. Reload to use the new version.
        </p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </div>
    );
  }
  if (health.unreadable)
    return <UnreadableDataMessage unreadable={health.unreadable} className={urgent} />;

  return (
    <>
      {health.failure && (
        <div role="alert" className={`${urgent} border-danger bg-danger-soft text-ink`}>
          <p className="flex-1">
            {FAILURE_TEXT[health.failure.kind]} They stay in this tab until you close it. Export a
            JSON backup to keep them
            {health.failure.kind === 'quota'
              ? ', then remove imported papers or long notes you no longer need'
              : ''}
            .
          </p>
          {onBackup && <Button onClick={onBackup}>Export a JSON backup</Button>}
        </div>
      )}
      {health.nearQuota && !health.failure && (
        <div role="status" className={`${urgent} border-warn bg-warn-soft text-ink`}>
          <p className="flex-1">
            Storage is almost full ({(health.size / 1024 / 1024).toFixed(1)} MiB of about 5 MiB).
            Export a JSON backup, and remove imported papers or long notes you no longer need.
          </p>
          {onBackup && <Button onClick={onBackup}>Export a JSON backup</Button>}
        </div>
      )}
      {health.repairedStamps.length > 0 && (
        <div role="status" className={`${urgent} border-warn bg-warn-soft text-ink`}>
          <p className="flex-1 [overflow-wrap:anywhere]">
            {health.repairedStamps.length === 1
              ? 'One saved date was not a valid date and time and was repaired'
              : `${health.repairedStamps.length} saved dates were not valid dates and times and were repaired`}{' '}
            ({health.repairedStamps.slice(0, 3).join(', ')}
            {health.repairedStamps.length > 3 ? ', …' : ''}). Every paper, tag and note is kept.
          </p>
        </div>
      )}
      <BackupNudge onBackup={onBackup} afterChanges={nudgeAfterChanges} />
    </>
  );
}
