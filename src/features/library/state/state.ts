import { emptyLibrary, type LibraryData, type LibraryEntry } from '@/features/library/schema';
import { adjustCounts, countAll, type Counts } from '@/features/library/state/counts';
import { mergeBackupState, mergeRecords, prefersIncoming } from '@/features/library/state/merge';
import { keyedRecord, ownValue, withKeys } from '@/lib/keyed-record';

/** The library data plus what is derived from it. Each change replaces only the entries it touches. */
export type LibraryState = LibraryData &
  Counts & {
    /** Note text typed but not yet folded into `entries`: a keystroke costs one small object, not a copy of the library. Keyed like `entries` (no prototype). */
    noteDrafts: Readonly<Record<string, string>>;
  };

export function initialLibraryState(): LibraryState {
  return { ...emptyLibrary(), ...countAll([]), noteDrafts: keyedRecord() };
}

export function dataOf(state: LibraryState): LibraryData {
  const { entries, importedPapers, lastBackupAt, changesSinceBackup } = state;
  return { entries, importedPapers, lastBackupAt, changesSinceBackup };
}

type EntriesUpdate = Pick<LibraryState, 'entries' | 'statusCounts' | 'tagCounts'> & {
  changedIds: string[];
};

/** Pure: the entries with `changes` written in (one copy per call) and counts adjusted; null when nothing changed. */
export function withEntryChanges(
  state: LibraryState,
  changes: ReadonlyMap<string, LibraryEntry>,
): EntriesUpdate | null {
  const pairs: [LibraryEntry | undefined, LibraryEntry][] = [];
  const changed = new Map<string, LibraryEntry>();
  for (const [id, entry] of changes) {
    const before = ownValue(state.entries, id);
    if (before === entry) continue;
    changed.set(id, entry);
    pairs.push([before, entry]);
  }
  if (pairs.length === 0) return null;
  const entries = withKeys(state.entries, changed);
  return { entries, changedIds: [...changed.keys()], ...adjustCounts(state, pairs) };
}

/**
 * Pure: another tab's save merged into memory paper by paper (the newer edit of each entry wins,
 * deletion markers included). Null when it brings nothing new.
 */
export function absorbStored(
  state: LibraryState,
  stored: LibraryData,
): { update: Partial<LibraryState>; changedIds: string[] } | null {
  const incoming = new Map<string, LibraryEntry>();
  for (const [id, entry] of Object.entries(stored.entries)) {
    if (prefersIncoming(ownValue(state.entries, id), entry)) incoming.set(id, entry);
  }
  const entries = withEntryChanges(state, incoming);
  const papers = mergeRecords(state.importedPapers, stored.importedPapers);
  const backup = mergeBackupState(state, stored);
  const sameBackup =
    backup.lastBackupAt === state.lastBackupAt &&
    backup.changesSinceBackup === state.changesSinceBackup;
  if (!entries && papers.changedIds.length === 0 && sameBackup) return null;
  const { changedIds = [], ...entryUpdate } = entries ?? {};
  return { update: { ...entryUpdate, importedPapers: papers.merged, ...backup }, changedIds };
}

/** Pure: the state for a whole new library (a restore). */
export function stateFromData(data: LibraryData): Partial<LibraryState> {
  return { ...data, ...countAll(Object.values(data.entries)) };
}
