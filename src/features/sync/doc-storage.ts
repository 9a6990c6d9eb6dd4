import * as Y from 'yjs';
import {
  readStorageKey,
  writeStorageKey,
  type StorageFailure,
  type StorageLike,
} from '@/lib/storage';

/** This device's copy of the synced document, beside the library: offline edits survive a reload. */
export const SYNC_DOC_KEY = 'papershelf:sync:doc';

/** Origin of updates another tab of this browser saved. */
export const TAB_ORIGIN = 'papershelf:tab';

/** Which server document a stored copy belongs to; another one starts afresh (and merges first). */
export type DocBinding = { server: string; document: string; token: string };

type StoredDoc = DocBinding & { version: 1; update: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The stored update for `binding`, or null when there is none (or it belongs to another document). */
function parseStored(raw: string | null, binding: DocBinding): Uint8Array | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const stored = value as Partial<StoredDoc>;
    if (stored.version !== 1 || typeof stored.update !== 'string') return null;
    if (
      stored.server !== binding.server ||
      stored.document !== binding.document ||
      stored.token !== binding.token
    )
      return null;
    return fromBase64(stored.update);
  } catch {
    return null;
  }
}

export type DocStore = {
  doc: Y.Doc;
  /** True when no copy for this document was stored: the first connection must merge. */
  fresh: boolean;
  /** Saves soon (debounced). */
  changed(): void;
  /** Saves now: the library first, so the stored copy never holds what the stored library lacks. */
  flush(): void;
  /** Clears the stored copy (sync turned off for good, or a new server). */
  forget(): void;
  dispose(): void;
};

export type DocStoreOptions = {
  binding: DocBinding;
  getStorage: () => StorageLike;
  /** Saves the library (its own durable layer) before the document is written. */
  flushLibrary(): void;
  onFailure(failure: StorageFailure | null): void;
  target: Window | null;
  debounceMs?: number;
};

/**
 * Keeps the document in localStorage. Before each write it merges what another tab stored (the engine
 * merges, so two tabs never overwrite each other's edits), and it takes in other tabs' saves as they
 * arrive.
 */
export function openDocStore(options: DocStoreOptions): DocStore {
  const { binding, getStorage } = options;
  const doc = new Y.Doc();
  const read = readStorageKey(getStorage, SYNC_DOC_KEY);
  const initial = read.ok ? parseStored(read.value, binding) : null;
  let lastRaw = read.ok ? read.value : null;
  if (initial) Y.applyUpdate(doc, initial, TAB_ORIGIN);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  function absorb(raw: string | null) {
    if (raw === lastRaw) return;
    const update = parseStored(raw, binding);
    if (update) Y.applyUpdate(doc, update, TAB_ORIGIN);
    lastRaw = raw;
  }

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    options.flushLibrary();
    const stored = readStorageKey(getStorage, SYNC_DOC_KEY);
    if (stored.ok) absorb(stored.value);
    const text = JSON.stringify({
      version: 1,
      ...binding,
      update: toBase64(Y.encodeStateAsUpdate(doc)),
    } satisfies StoredDoc);
    const written = writeStorageKey(getStorage, SYNC_DOC_KEY, text);
    if (!written.ok) return options.onFailure(written.failure);
    lastRaw = text;
    dirty = false;
    options.onFailure(null);
  }

  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 500);
  }

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== TAB_ORIGIN) changed();
  };
  doc.on('update', onUpdate);

  const onStorage = (event: StorageEvent) => {
    if (event.key !== SYNC_DOC_KEY) return;
    const stored = readStorageKey(getStorage, SYNC_DOC_KEY);
    if (stored.ok) absorb(stored.value);
  };
  const onLeave = () => flush();
  const onVisibility = () => {
    if (options.target?.document.visibilityState === 'hidden') flush();
  };
  options.target?.addEventListener('storage', onStorage);
  options.target?.addEventListener('pagehide', onLeave);
  options.target?.document.addEventListener('visibilitychange', onVisibility);

  return {
    doc,
    fresh: initial === null,
    changed,
    flush,
    forget() {
      clearTimeout(timer);
      dirty = false;
      getStorage().removeItem(SYNC_DOC_KEY);
      lastRaw = null;
    },
    dispose() {
      flush();
      doc.off('update', onUpdate);
      options.target?.removeEventListener('storage', onStorage);
      options.target?.removeEventListener('pagehide', onLeave);
      options.target?.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
