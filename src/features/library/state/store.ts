import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LibraryData, LibraryEntry } from '@/features/library/schema';
import { withNote } from '@/features/library/state/entry';
import {
  absorbStored,
  dataOf,
  initialLibraryState,
  stateFromData,
  withEntryChanges,
  withRecordChanges,
  type LibraryState,
  type RecordChanges,
} from '@/features/library/state/state';
import {
  createLibraryPersistence,
  type Persistence,
  type PersistenceOptions,
} from '@/features/library/persistence/persistence';
import { browserLocalStorage } from '@/lib/storage';
import { keyedRecord, ownValue } from '@/lib/keyed-record';

export const LIBRARY_STORAGE_KEY = 'papershelf:library';

export type EntryChangeListener = (changedIds: string[]) => void;

/** Who changed the library: this tab's user, another tab's save, or a sync engine applying remote edits. */
export type ChangeSource = 'local' | 'tab' | 'remote';

export type DataChangeListener = (
  source: ChangeSource,
  state: LibraryState,
  previous: LibraryState,
) => void;

/** What the actions work with; the hooks only see `store` and `persistence.health`. */
export type LibraryCore = {
  store: StoreApi<LibraryState>;
  persistence: Persistence;
  now: () => number;
  /** Replaces entries (already stamped); counts follow incrementally. Each call is one change for the backup nudge. */
  putEntries(changes: ReadonlyMap<string, LibraryEntry>, countAsChange?: boolean): void;
  /** Folds pending note drafts into `entries`. */
  commitDrafts(): void;
  /** Installs a whole new state (restore); ids are the entries that differ. */
  replaceData(data: LibraryData, changedIds: string[]): void;
  /**
   * Writes in records a sync engine merged elsewhere. Listeners hear them with source 'remote', so
   * the engine does not send them back; a note draft of a changed entry follows the merged note.
   */
  applyRemote(changes: RecordChanges): void;
  canEdit(): boolean;
};

/** Runs `edit` unless this tab must not change the library (data from a newer version). */
export function whenEditable<R>(core: LibraryCore, fallback: R, edit: (core: LibraryCore) => R): R {
  return core.canEdit() ? edit(core) : fallback;
}

export type Library = {
  core: LibraryCore;
  subscribeToEntryChanges(listener: EntryChangeListener): () => void;
  /** Every change of the data, with where it came from. */
  subscribeToDataChanges(listener: DataChangeListener): () => void;
  dispose(): void;
};

export type LibraryOptions = Partial<PersistenceOptions> & {
  /** Shown, never edited: a list shared read-only through sync. */
  viewOnly?: boolean;
};

function defaultRequestPersist(): (() => Promise<boolean>) | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.persist !== 'function')
    return null;
  return () => navigator.storage.persist();
}

/** One library: its in-memory store, its persistence and the change feed the search index follows. */
export function createLibrary(options: LibraryOptions = {}): Library {
  const now = options.now ?? Date.now;
  const store = createStore<LibraryState>()(initialLibraryState);
  const listeners = new Set<EntryChangeListener>();
  const emit = (ids: string[]) => {
    if (ids.length > 0) for (const listener of listeners) listener(ids);
  };
  const dataListeners = new Set<DataChangeListener>();
  let source: ChangeSource = 'local';
  store.subscribe((state, previous) => {
    for (const listener of dataListeners) listener(source, state, previous);
  });
  function from<R>(changeSource: ChangeSource, change: () => R): R {
    source = changeSource;
    try {
      return change();
    } finally {
      source = 'local';
    }
  }

  // A burst of typing in one note counts once for the backup nudge, however many saves it spans.
  let lastNoteCommit = '';

  function putEntries(changes: ReadonlyMap<string, LibraryEntry>, countAsChange = true) {
    lastNoteCommit = '';
    const state = store.getState();
    const next = withEntryChanges(state, changes);
    if (!next) return;
    const { changedIds, ...update } = next;
    store.setState({
      ...update,
      changesSinceBackup: state.changesSinceBackup + (countAsChange ? 1 : 0),
    });
    emit(changedIds);
    persistence.changed();
  }

  function commitDrafts() {
    const { noteDrafts, entries } = store.getState();
    const ids = Object.keys(noteDrafts);
    if (ids.length === 0) return;
    const stamp = now();
    const commitKey = ids.join('\n');
    store.setState({ noteDrafts: keyedRecord() });
    putEntries(
      new Map(
        ids.map((id) => [
          id,
          withNote(ownValue(entries, id), ownValue(noteDrafts, id) ?? '', stamp),
        ]),
      ),
      commitKey !== lastNoteCommit,
    );
    lastNoteCommit = commitKey;
  }

  function replaceData(data: LibraryData, changedIds: string[]) {
    store.setState(stateFromData(data));
    emit(changedIds);
  }

  function absorb(stored: LibraryData) {
    const merged = absorbStored(store.getState(), stored);
    if (!merged) return;
    from('tab', () => store.setState(merged.update));
    emit(merged.changedIds);
  }

  function applyRemote(changes: RecordChanges) {
    const state = store.getState();
    const update = withRecordChanges(state, changes);
    if (!update) return;
    from('remote', () => store.setState(update.state));
    emit(update.changedEntryIds);
    persistence.changed();
  }

  const persistence = createLibraryPersistence(
    {
      snapshot() {
        commitDrafts();
        return dataOf(store.getState());
      },
      absorb,
    },
    {
      key: options.key ?? LIBRARY_STORAGE_KEY,
      getStorage: options.getStorage ?? browserLocalStorage,
      debounceMs: options.debounceMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 2000,
      nearQuotaChars: options.nearQuotaChars ?? 4.5 * 1024 * 1024,
      now,
      requestPersist:
        options.requestPersist === undefined ? defaultRequestPersist() : options.requestPersist,
      target:
        options.target === undefined
          ? typeof window === 'undefined'
            ? null
            : window
          : options.target,
    },
  );
  persistence.load();

  return {
    core: {
      store,
      persistence,
      now,
      putEntries,
      commitDrafts,
      replaceData,
      applyRemote,
      canEdit: () => !options.viewOnly && persistence.health.getState().readOnly === null,
    },
    subscribeToEntryChanges(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeToDataChanges(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    dispose: () => persistence.dispose(),
  };
}
