const DAY_MS = 86_400_000;

/** "never", "today", "yesterday", "3 days ago", "2 months ago". */
export function describeLastBackup(lastBackupAt: string | null, nowMs: number): string {
  if (!lastBackupAt) return 'never';
  const days = Math.floor((nowMs - Date.parse(lastBackupAt)) / DAY_MS);
  if (days <= 0) return 'today';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (days < 30) return format.format(-days, 'day');
  if (days < 365) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}

export type NudgeInput = { lastBackupAt: string | null; changesSinceBackup: number };

/** Nudge after enough changes, or after a month with any unbacked change: Safari may drop idle site data after a week. */
export function shouldNudgeBackup(
  { lastBackupAt, changesSinceBackup }: NudgeInput,
  nowMs: number,
  afterChanges: number,
) {
  if (changesSinceBackup === 0) return false;
  if (changesSinceBackup >= afterChanges) return true;
  return lastBackupAt !== null && nowMs - Date.parse(lastBackupAt) > 30 * DAY_MS;
}
