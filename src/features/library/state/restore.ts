import type {
  ImportedPaper,
  LibraryData,
  LibraryEntry,
  PaperRating,
  PaperSnapshot,
} from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';
import { emptyEntry, isDeletionMarker, stampAfter } from '@/features/library/state/entry';
import { mergeBackupState, mergeLibraries } from '@/features/library/state/merge';
import { hasOwnKey, keyedRecord, ownValue, withKeys, type KeyedRecord } from '@/lib/keyed-record';

export type RestoreMode = 'merge' | 'replace';

/** New or changed records for papers being imported; identical re-imports change nothing. */
export function importPaperRecords(
  existing: Readonly<Record<string, ImportedPaper>>,
  papers: readonly Paper[],
  nowMs: number,
) {
  const records = keyedRecord<ImportedPaper>();
  let added = 0;
  let updated = 0;
  for (const paper of papers) {
    const before = ownValue(records, paper.id) ?? ownValue(existing, paper.id);
    if (before && JSON.stringify(before.paper) === JSON.stringify(paper)) continue;
    if (before) updated += 1;
    else added += 1;
    records[paper.id] = {
      paper,
      importedAt: before?.importedAt ?? new Date(nowMs).toISOString(),
      updatedAt: stampAfter(before?.updatedAt, nowMs),
    };
  }
  return { records, added, updated };
}

/** Keeps `incoming` but guarantees it is newer than `current`, so that merges in other tabs keep it too. */
function winOver<T extends { updatedAt: string }>(
  current: T | undefined,
  incoming: T,
  nowMs: number,
): T {
  if (!current || current.updatedAt < incoming.updatedAt) return incoming;
  if (
    current.updatedAt === incoming.updatedAt &&
    JSON.stringify(current) === JSON.stringify(incoming)
  )
    return incoming;
  return { ...incoming, updatedAt: stampAfter(current.updatedAt, nowMs) };
}

/** The backup's ratings win; a rating it lacks is taken back (a marker, so other tabs drop it too). */
function replacedRatings(
  current: Readonly<Record<string, PaperRating>>,
  backup: Readonly<Record<string, PaperRating>>,
  nowMs: number,
): KeyedRecord<PaperRating> {
  const ratings = keyedRecord<PaperRating>();
  for (const [id, rating] of Object.entries(backup))
    ratings[id] = winOver(ownValue(current, id), rating, nowMs);
  for (const [id, rating] of Object.entries(current)) {
    if (hasOwnKey(ratings, id)) continue;
    ratings[id] =
      rating.rating === null
        ? rating
        : { rating: null, updatedAt: stampAfter(rating.updatedAt, nowMs) };
  }
  return ratings;
}

/**
 * Pure: the library after restoring `backup`. A replace into an empty library gives back the backup
 * exactly, timestamps included; over existing data it re-stamps only what it must to win merges.
 */
export function restoreLibrary(
  current: LibraryData,
  backup: LibraryData,
  mode: RestoreMode,
  nowMs: number,
): { data: LibraryData; changedIds: string[] } {
  if (mode === 'merge') {
    const merge = mergeLibraries(current, backup);
    const changed =
      merge.changedEntryIds.length + merge.changedPaperIds.length + merge.changedRatingIds.length >
      0;
    return {
      data: { ...merge.data, changesSinceBackup: current.changesSinceBackup + (changed ? 1 : 0) },
      changedIds: merge.changedEntryIds,
    };
  }

  const entries = keyedRecord<LibraryEntry>();
  for (const [id, entry] of Object.entries(backup.entries)) {
    entries[id] = winOver(ownValue(current.entries, id), entry, nowMs);
  }
  for (const [id, entry] of Object.entries(current.entries)) {
    if (hasOwnKey(entries, id)) continue;
    // Not in the backup: becomes a deletion marker, so a stale tab cannot bring it back.
    entries[id] = isDeletionMarker(entry)
      ? entry
      : { ...emptyEntry(nowMs), order: entry.order, updatedAt: stampAfter(entry.updatedAt, nowMs) };
  }
  const importedPapers = withKeys(
    current.importedPapers,
    Object.entries(backup.importedPapers).map(([id, record]): [string, ImportedPaper] => [
      id,
      winOver(ownValue(current.importedPapers, id), record, nowMs),
    ]),
  );
  const snapshots = withKeys(
    current.snapshots,
    Object.entries(backup.snapshots).map(([id, snapshot]): [string, PaperSnapshot] => [
      id,
      winOver(ownValue(current.snapshots, id), snapshot, nowMs),
    ]),
  );
  const changedIds = Object.keys(entries).filter(
    (id) => entries[id] !== ownValue(current.entries, id),
  );
  const { lastBackupAt } = mergeBackupState(current, backup);
  return {
    data: {
      entries,
      importedPapers,
      ratings: replacedRatings(current.ratings, backup.ratings, nowMs),
      snapshots,
      lastBackupAt,
      changesSinceBackup: backup.changesSinceBackup,
    },
    changedIds,
  };
}
