import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { describeLastBackup, shouldNudgeBackup } from '@/features/library/persistence/backup-nudge';
import { useBackupStatus } from '@/features/library/hooks';

type BackupNudgeProps = { onBackup?: () => void; afterChanges: number };

/** A gentle reminder: the library lives only in this browser, which may clear it. */
export function BackupNudge({ onBackup, afterChanges }: BackupNudgeProps) {
  const backup = useBackupStatus();
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  // Ages are in days: the time the banner mounted is precise enough.
  const [now] = useState(() => Date.now());
  // Dismissing lasts until as many changes again have piled up.
  const due = shouldNudgeBackup(backup, now, afterChanges);
  if (!due || (dismissedAt !== null && backup.changesSinceBackup < dismissedAt + afterChanges))
    return null;

  const changes = `${backup.changesSinceBackup} ${backup.changesSinceBackup === 1 ? 'change' : 'changes'} since`;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface-sunken px-4 py-3 text-sm text-ink"
    >
      <p className="min-w-0 flex-1">
        Last backup: {describeLastBackup(backup.lastBackupAt, now)} — {changes}. Your reading list
        lives only in this browser.
      </p>
      {onBackup && (
        <Button variant="primary" onClick={onBackup}>
          Export a JSON backup
        </Button>
      )}
      <Button variant="ghost" onClick={() => setDismissedAt(backup.changesSinceBackup)}>
        Not now
      </Button>
    </div>
  );
}
