import type { LibraryData } from '@/features/library/schema';
import { ownValue, withKeys } from '@/lib/keyed-record';

type Stamped = { updatedAt: string };

/** Which of two versions of one paper's record wins: the later edit; equal stamps resolve the same way in every tab. */
export function prefersIncoming(current: Stamped | undefined, incoming: Stamped): boolean {
  if (current === undefined) return true;
  if (current === incoming) return false;
  if (incoming.updatedAt !== current.updatedAt) return incoming.updatedAt > current.updatedAt;
  return JSON.stringify(incoming) > JSON.stringify(current);
}

/**
 * Takes each incoming record that is newer than the current one. Returns the current object itself
 * when nothing changes, and reuses every untouched record, so reference checks stay cheap.
 */
export function mergeRecords<T extends Stamped>(
  current: Readonly<Record<string, T>>,
  incoming: Readonly<Record<string, T>>,
): { merged: Record<string, T>; changedIds: string[] } {
  const changes = new Map<string, T>();
  for (const [id, record] of Object.entries(incoming)) {
    if (prefersIncoming(ownValue(current, id), record)) changes.set(id, record);
  }
  const changedIds = [...changes.keys()];
  if (changedIds.length === 0) return { merged: current, changedIds };
  return { merged: withKeys(current, changes), changedIds };
}

export type LibraryMerge = {
  data: LibraryData;
  changedEntryIds: string[];
  changedPaperIds: string[];
  changedRatingIds: string[];
};

/**
 * Merges another copy of the library (another tab's write, or a backup) into this one, paper by
 * paper: deletion markers are ordinary entries here, so a newer one wins and an older one loses.
 */
export function mergeLibraries(current: LibraryData, incoming: LibraryData): LibraryMerge {
  const entries = mergeRecords(current.entries, incoming.entries);
  const papers = mergeRecords(current.importedPapers, incoming.importedPapers);
  const ratings = mergeRecords(current.ratings, incoming.ratings);
  const snapshots = mergeRecords(current.snapshots, incoming.snapshots);
  return {
    data: {
      entries: entries.merged,
      importedPapers: papers.merged,
      ratings: ratings.merged,
      snapshots: snapshots.merged,
      ...mergeBackupState(current, incoming),
    },
    changedEntryIds: entries.changedIds,
    changedPaperIds: papers.changedIds,
    changedRatingIds: ratings.changedIds,
  };
}

type BackupState = Pick<LibraryData, 'lastBackupAt' | 'changesSinceBackup'>;

/** The later backup wins; its change count goes with it. Both are only advice for the backup nudge. */
export function mergeBackupState(current: BackupState, incoming: BackupState): BackupState {
  const a = current.lastBackupAt ?? '';
  const b = incoming.lastBackupAt ?? '';
  if (a === b) {
    return {
      lastBackupAt: current.lastBackupAt,
      changesSinceBackup: Math.max(current.changesSinceBackup, incoming.changesSinceBackup),
    };
  }
  const winner = b > a ? incoming : current;
  return { lastBackupAt: winner.lastBackupAt, changesSinceBackup: winner.changesSinceBackup };
}
