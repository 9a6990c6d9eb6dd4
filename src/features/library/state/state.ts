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
  const { entries, importedPapers, ratings, snapshots, lastBackupAt, changesSinceBackup } = state;
  return { entries, importedPapers, ratings, snapshots, lastBackupAt, changesSinceBackup };
}

/** The library's records keyed by id (entries, imported papers, …): what a sync engine maps field by field. */
export type RecordKind = {
  [K in keyof LibraryData]: LibraryData[K] extends Readonly<Record<string, { updatedAt: string }>>
    ? K
    : never;
}[keyof LibraryData];

export type RecordOf<K extends RecordKind> = LibraryData[K][string];

/** Records to write in as they are (already validated and stamped), by kind and id. */
export type RecordChanges = { [K in RecordKind]?: ReadonlyMap<string, RecordOf<K>> };

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
  const ratings = mergeRecords(state.ratings, stored.ratings);
  const snapshots = mergeRecords(state.snapshots, stored.snapshots);
  const backup = mergeBackupState(state, stored);
  const sameBackup =
    backup.lastBackupAt === state.lastBackupAt &&
    backup.changesSinceBackup === state.changesSinceBackup;
  const sameRecords =
    papers.changedIds.length === 0 &&
    ratings.changedIds.length === 0 &&
    snapshots.changedIds.length === 0;
  if (!entries && sameRecords && sameBackup) return null;
  const { changedIds = [], ...entryUpdate } = entries ?? {};
  return {
    update: {
      ...entryUpdate,
      importedPapers: papers.merged,
      ratings: ratings.merged,
      snapshots: snapshots.merged,
      ...backup,
    },
    changedIds,
  };
}

/** Pure: the state for a whole new library (a restore). */
export function stateFromData(data: LibraryData): Partial<LibraryState> {
  return { ...data, ...countAll(Object.values(data.entries)) };
}

function withKindChanges<K extends Exclude<RecordKind, 'entries'>>(
  state: LibraryState,
  kind: K,
  records: ReadonlyMap<string, RecordOf<K>>,
): Partial<LibraryState> {
  // TypeScript cannot index a generic kind's record type; every kind is a keyed record of RecordOf<K>.
  const current = state[kind] as Readonly<Record<string, RecordOf<K>>>;
  const changed = [...records].filter(([id, record]) => ownValue(current, id) !== record);
  return changed.length === 0 ? {} : { [kind]: withKeys(current, changed) };
}

/**
 * Pure: records merged elsewhere (a sync engine) written in. A note draft of an entry whose note
 * changed is dropped: the engine merged the draft into that note. Null when nothing changed.
 */
export function withRecordChanges(
  state: LibraryState,
  { entries, ...others }: RecordChanges,
): { state: Partial<LibraryState>; changedEntryIds: string[] } | null {
  let update: Partial<LibraryState> = {};
  let changedEntryIds: string[] = [];
  const next = entries ? withEntryChanges(state, entries) : null;
  if (next) {
    const { changedIds, ...entryUpdate } = next;
    changedEntryIds = changedIds;
    update = entryUpdate;
    const stale = changedIds.filter(
      (id) =>
        ownValue(state.noteDrafts, id) !== undefined &&
        ownValue(state.entries, id)?.note !== ownValue(next.entries, id)?.note,
    );
    if (stale.length > 0) {
      const drafts = Object.entries(state.noteDrafts).filter(([id]) => !stale.includes(id));
      update.noteDrafts = keyedRecord(drafts);
    }
  }
  for (const kind of Object.keys(others) as Exclude<RecordKind, 'entries'>[]) {
    const records = others[kind];
    if (records) update = { ...update, ...withKindChanges(state, kind, records) };
  }
  return Object.keys(update).length === 0 ? null : { state: update, changedEntryIds };
}
