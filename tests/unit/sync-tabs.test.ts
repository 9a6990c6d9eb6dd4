import { describe, expect, it } from 'vitest';
import { bindLibrary } from '@/features/sync/library-binding';
import { openDocStore, SYNC_DOC_KEY } from '@/features/sync/doc-storage';
import { createMemoryStorage, type MemoryStorage } from '@/lib/storage-memory';
import { openTab, stored } from './library-tab-kit';

let clock = Date.UTC(2025, 11, 9, 9);
const binding = { server: 'ws://127.0.0.1:4310', document: 'papershelf-library', token: 't' };

/** A tab with sync on (its server unreachable): a library and its document over shared storage. */
function openSyncedTab(storage: MemoryStorage) {
  const tab = openTab(storage, { now: () => clock, target: window });
  const store = openDocStore({
    binding,
    getStorage: () => storage,
    flushLibrary: () => tab.actions.flush(),
    onFailure: () => {},
    target: window,
  });
  const bound = bindLibrary(store.doc, tab.library, {
    now: () => clock,
    events: { onLocalWrite: () => {}, onInvalid: () => {} },
  });
  bound.reconcile();
  return { ...tab, store, dispose: () => (bound.dispose(), store.dispose()) };
}

const storageEvent = (key: string) => window.dispatchEvent(new StorageEvent('storage', { key }));

describe('two tabs with sync on merge through the engine, not by their clocks', () => {
  it('keeps concurrent edits of different fields of one paper from both tabs', () => {
    const storage = createMemoryStorage();
    const a = openSyncedTab(storage);
    const b = openSyncedTab(storage);
    a.actions.setStatus('p1', 'reading');
    clock += 1000;
    // B's edit is later by the clock: the per-paper rule alone would keep B's entry and lose A's status.
    b.actions.addTag('p1', 'rl');

    a.store.flush();
    b.store.flush();
    storageEvent(SYNC_DOC_KEY);
    a.actions.flush();
    b.actions.flush();

    for (const tab of [a, b])
      expect(tab.entry('p1')).toMatchObject({ status: 'reading', tags: ['rl'] });
    expect(stored(storage).entries.p1).toMatchObject({ status: 'reading', tags: ['rl'] });
    a.dispose();
    b.dispose();
  });

  it('reloads into the merged library, the document kept beside it', () => {
    const storage = createMemoryStorage();
    const a = openSyncedTab(storage);
    a.actions.setNote('p2', 'kept offline');
    a.dispose();
    expect(storage.getItem(SYNC_DOC_KEY)).not.toBeNull();

    const reloaded = openSyncedTab(storage);
    expect(reloaded.store.fresh).toBe(false);
    expect(reloaded.entry('p2')?.note).toBe('kept offline');
    reloaded.dispose();
  });
});
