import type { LibraryData, LibraryEntry } from '@/features/library/schema';
import { isDeletionMarker } from '@/features/library/state/entry';
import { hasOwnKey, keyedRecord, ownValue, type KeyedRecord } from '@/lib/keyed-record';

/** Only what the user wrote or chose; timestamps alone do not make two entries different. */
export const sameContent = (a: LibraryEntry, b: LibraryEntry) =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

const later = (a: string, b: string) => (a > b ? a : b);

/** Both notes, when neither contains the other: the current one first, then the backup's, marked as such. */
export function combineNotes(
  current: string,
  backup: string,
  backupDate: string,
): { note: string; combined: boolean } {
  const a = current.trim();
  const b = backup.trim();
  if (!b || a.includes(b)) return { note: current, combined: false };
  if (!a || b.includes(a)) return { note: backup, combined: false };
  return { note: `${a}\n\n---\n\n_From the backup of ${backupDate}:_\n\n${b}`, combined: true };
}

/**
 * One paper's entry after a merge that loses nothing: a status beats no status (else the later edit
 * wins, with its dates and queue position), tags are joined, and differing notes are both kept.
 */
export function mergeEntry(
  current: LibraryEntry,
  backup: LibraryEntry,
  backupDate: string,
): { entry: LibraryEntry; notesCombined: boolean } {
  const backupNewer = backup.updatedAt > current.updatedAt;
  const statusFrom =
    current.status === null && backup.status !== null
      ? backup
      : backup.status === null || current.status === backup.status || !backupNewer
        ? current
        : backup;
  const { note, combined } = combineNotes(current.note, backup.note, backupDate);
  return {
    entry: {
      status: statusFrom.status,
      tags: [...new Set([...current.tags, ...backup.tags])],
      note,
      addedAt: statusFrom.addedAt,
      startedAt: statusFrom.startedAt,
      finishedAt: statusFrom.finishedAt,
      order: statusFrom.order,
      updatedAt: later(current.updatedAt, backup.updatedAt),
    },
    notesCombined: combined,
  };
}

export type EntryMerge = {
  /** Every entry that differs from the current one, keyed by paper id. */
  changed: KeyedRecord<LibraryEntry>;
  added: number;
  updated: number;
  notesCombined: number;
};

/** What merging a backup's entries into the current library changes. Pure; stamps are settled by the caller. */
export function mergeBackupEntries(
  current: LibraryData,
  backup: LibraryData,
  backupDate: string,
): EntryMerge {
  const result: EntryMerge = { changed: keyedRecord(), added: 0, updated: 0, notesCombined: 0 };
  for (const [id, incoming] of Object.entries(backup.entries)) {
    const existing = ownValue(current.entries, id);
    if (isDeletionMarker(incoming)) {
      // Kept only where nothing is known, so a later merge in another tab does not bring the paper back.
      if (!existing) result.changed[id] = incoming;
      continue;
    }
    if (!existing || isDeletionMarker(existing)) {
      result.changed[id] = existing
        ? { ...incoming, updatedAt: later(existing.updatedAt, incoming.updatedAt) }
        : incoming;
      result.added += 1;
      continue;
    }
    const { entry, notesCombined } = mergeEntry(existing, incoming, backupDate);
    if (sameContent(entry, existing)) continue;
    result.changed[id] = entry;
    result.updated += 1;
    if (notesCombined) result.notesCombined += 1;
  }
  return result;
}

export type ReplaceSummary = {
  added: number;
  updated: number;
  removed: number;
  notesLost: number;
  papersAdded: number;
};

const meaningful = (entry: LibraryEntry | undefined): entry is LibraryEntry =>
  entry !== undefined && !isDeletionMarker(entry);

/** What replacing the library with a backup changes: counted per paper, and every note that would go. */
export function summariseReplace(current: LibraryData, backup: LibraryData): ReplaceSummary {
  const summary: ReplaceSummary = {
    added: 0,
    updated: 0,
    removed: 0,
    notesLost: 0,
    papersAdded: 0,
  };
  for (const [id, entry] of Object.entries(backup.entries)) {
    const existing = ownValue(current.entries, id);
    if (!meaningful(entry)) continue;
    if (!meaningful(existing)) summary.added += 1;
    else if (!sameContent(existing, entry)) summary.updated += 1;
  }
  for (const [id, existing] of Object.entries(current.entries)) {
    if (!meaningful(existing)) continue;
    const replacement = ownValue(backup.entries, id);
    if (!meaningful(replacement)) summary.removed += 1;
    if (existing.note.trim() && existing.note !== (replacement?.note ?? '')) summary.notesLost += 1;
  }
  summary.papersAdded = Object.keys(backup.importedPapers).filter(
    (id) => !hasOwnKey(current.importedPapers, id),
  ).length;
  return summary;
}
