import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LibraryData } from '@/features/library/schema';
import { initialHealth, type StorageHealth } from '@/features/library/persistence/health';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { listenToPage } from '@/features/library/persistence/page-events';
import {
  readStorageKey,
  writeStorageKey,
  type StorageFailure,
  type StorageLike,
} from '@/lib/storage';

/** What the persistence layer needs from the store above it. */
export type PersistenceHost = {
  /** Everything to save (pending note drafts folded in first). */
  snapshot(): LibraryData;
  /** Merges a stored copy (another tab's write) into memory, paper by paper. */
  absorb(stored: LibraryData): void;
};

export type PersistenceOptions = {
  key: string;
  getStorage: () => StorageLike;
  debounceMs: number;
  /** Continuous typing still saves at least this often. */
  maxWaitMs: number;
  /** Warn from this size (characters); localStorage allows about 5 Mi. */
  nearQuotaChars: number;
  now: () => number;
  requestPersist: (() => Promise<boolean>) | null;
  /** Where `storage`, `pagehide` and `visibilitychange` come from; null to listen to nothing. */
  target: Window | null;
};

export type Persistence = {
  health: StoreApi<StorageHealth>;
  load(): void;
  /** Something changed in memory: save it soon. */
  changed(): void;
  /** Save now whatever is pending. */
  flush(): void;
  /** Sets the unreadable value aside (or drops it, if told) so this tab may write again. */
  startFresh(options?: { discardUnreadable?: boolean }): boolean;
  dispose(): void;
};

/**
 * Saves the library to one storage key without ever losing what is already there: nothing is
 * written before a successful read, an unreadable or newer value blocks writing, every write first
 * merges what another tab saved, and a failed write keeps the changes pending for the next try.
 */
export function createLibraryPersistence(
  host: PersistenceHost,
  options: PersistenceOptions,
): Persistence {
  const { key, getStorage, now } = options;
  const health = createStore<StorageHealth>()(() => initialHealth);
  const patch = (update: Partial<StorageHealth>) => health.setState(update);
  let loaded = false;
  let lastRaw: string | null = null;
  let dirty = false;
  let flushing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | null = null;
  let persistAsked = false;

  /** Takes in what storage holds now; false when it must not be written over. */
  function absorbStored(raw: string | null): boolean {
    if (loaded && raw === lastRaw) return true;
    const read = readStoredLibrary(raw);
    if (read.kind === 'future') {
      patch({ readOnly: { version: read.version } });
      return false;
    }
    if (read.kind === 'unreadable') {
      loaded = false;
      if (health.getState().unreadable?.raw !== raw) {
        patch({ unreadable: { raw: raw ?? '', reason: read.reason, setAsideFailed: false } });
      }
      return false;
    }
    if (read.kind === 'ok') {
      host.absorb(read.data);
      if (read.repairs) patch({ repairedStamps: read.repairs });
    }
    loaded = true;
    lastRaw = raw;
    if (health.getState().unreadable) patch({ unreadable: null });
    return true;
  }

  function fail(failure: StorageFailure) {
    firstChangeAt = null;
    patch({ failure, pending: true });
  }

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty || health.getState().readOnly || flushing) return;
    flushing = true;
    try {
      const read = readStorageKey(getStorage, key);
      if (!read.ok) return fail(read.failure);
      if (!absorbStored(read.value)) {
        firstChangeAt = null;
        return;
      }
      const text = serializeLibrary(host.snapshot());
      const size = key.length + text.length;
      patch({ size, nearQuota: size >= options.nearQuotaChars });
      const written = writeStorageKey(getStorage, key, text);
      if (!written.ok) return fail(written.failure);
      lastRaw = text;
      dirty = false;
      firstChangeAt = null;
      patch({ pending: false, failure: null, lastSavedAt: new Date(now()).toISOString() });
      askToPersist();
    } finally {
      flushing = false;
    }
  }

  function changed() {
    dirty = true;
    if (flushing || health.getState().readOnly) return;
    if (!health.getState().pending) patch({ pending: true });
    firstChangeAt ??= now();
    clearTimeout(timer);
    const wait = Math.min(options.debounceMs, firstChangeAt + options.maxWaitMs - now());
    timer = setTimeout(flush, Math.max(0, wait));
  }

  // Asked after the first saved change, not on load: browsers weigh engagement when they answer.
  function askToPersist() {
    if (persistAsked || !options.requestPersist) return;
    persistAsked = true;
    options
      .requestPersist()
      .then((persisted) => patch({ persisted }))
      .catch(() => patch({ persisted: false }));
  }

  function startFresh({ discardUnreadable = false } = {}) {
    const { unreadable } = health.getState();
    if (!unreadable) return true;
    if (!discardUnreadable) {
      const asideKey = `${key}:quarantine:${new Date(now()).toISOString()}`;
      if (!writeStorageKey(getStorage, asideKey, unreadable.raw).ok) {
        patch({ unreadable: { ...unreadable, setAsideFailed: true } });
        return false;
      }
      patch({ setAsideKey: asideKey });
    }
    // The old bytes are safe elsewhere, or the user chose to drop them: this tab may write over them.
    loaded = true;
    lastRaw = unreadable.raw;
    patch({ unreadable: null });
    dirty = true;
    flush();
    return true;
  }

  const stopListening = listenToPage(options.target, {
    onStorage(changedKey) {
      if ((changedKey !== null && changedKey !== key) || health.getState().readOnly) return;
      const read = readStorageKey(getStorage, key);
      // Edits held back while the value was unreadable can go out once another tab has fixed it.
      if (read.ok && absorbStored(read.value) && dirty && timer === undefined) changed();
    },
    onLeave: flush,
  });

  return {
    health,
    load() {
      const read = readStorageKey(getStorage, key);
      if (read.ok) absorbStored(read.value);
      else patch({ failure: read.failure });
    },
    changed,
    flush,
    startFresh,
    dispose() {
      clearTimeout(timer);
      stopListening();
    },
  };
}
