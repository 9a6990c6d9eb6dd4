import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_STORAGE_KEY as KEY, type LibraryOptions } from '@/features/library/state/store';
import { createMemoryStorage, type MemoryStorage } from '@/lib/storage-memory';
import { openTab as openLibraryTab, stored } from './library-tab-kit';

let clock = Date.UTC(2025, 11, 9, 9);
const tick = () => (clock += 1000);

const openTab = (storage: MemoryStorage, options: LibraryOptions = {}) =>
  openLibraryTab(storage, { now: () => clock, ...options });

describe('6. no lost updates across tabs', () => {
  it('keeps interleaved edits to different papers from both tabs', () => {
    const storage = createMemoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.toggleBookmark('p1');
    tick();
    b.actions.toggleBookmark('p2');
    b.actions.setNote('p3', 'from B');
    tick();
    a.actions.addTag('p1', 'rl');
    a.actions.flush();
    b.actions.flush();

    const saved = stored(storage);
    expect(saved.entries.p1).toMatchObject({ status: 'to-read', tags: ['rl'] });
    expect(saved.entries.p2?.status).toBe('to-read');
    expect(saved.entries.p3?.note).toBe('from B');
    // The tab that wrote last took in the other's edits on its way.
    expect(b.entry('p1')?.tags).toEqual(['rl']);
  });

  it('lets the last edit of the same paper win, whichever tab writes last', () => {
    const storage = createMemoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.setStatus('p1', 'reading');
    tick();
    b.actions.setStatus('p1', 'read');
    b.actions.flush();
    a.actions.flush();
    expect(stored(storage).entries.p1?.status).toBe('read');
    expect(a.entry('p1')?.status).toBe('read');
  });

  it('keeps a newer deletion marker and drops an older one', () => {
    const storage = createMemoryStorage();
    const setup = openTab(storage);
    setup.actions.toggleBookmark('p1');
    setup.actions.toggleBookmark('p2');
    setup.actions.flush();

    const a = openTab(storage);
    const b = openTab(storage);
    tick();
    a.actions.toggleBookmark('p1'); // out of the list: a deletion marker
    a.actions.flush();
    tick();
    b.actions.setStatus('p3', 'reading'); // b still holds p1 as "to read"
    b.actions.flush();
    expect(stored(storage).entries.p1?.status).toBeNull();
    expect(b.entry('p1')?.status).toBeNull();

    tick();
    b.actions.toggleBookmark('p1'); // re-added later: newer than the marker
    b.actions.flush();
    a.actions.setStatus('p2', 'read');
    a.actions.flush();
    expect(stored(storage).entries.p1?.status).toBe('to-read');
  });

  it('applies storage events as they arrive, without a reload', () => {
    const storage = createMemoryStorage();
    const a = openTab(storage);
    const b = openTab(storage, { target: window });
    const changes = vi.fn();
    b.library.subscribeToEntryChanges(changes);
    b.actions.setNote('p9', 'unsaved in B');
    a.actions.toggleBookmark('p1');
    a.actions.addTag('p1', 'agents');
    a.actions.flush();
    expect(b.entry('p1')).toBeUndefined();

    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(b.entry('p1')).toMatchObject({ status: 'to-read', tags: ['agents'] });
    expect(changes).toHaveBeenCalledWith(['p1']);
    expect(b.library.core.store.getState().tagCounts).toEqual({ agents: 1 });

    b.actions.flush();
    expect(stored(storage).entries.p9?.note).toBe('unsaved in B');
    expect(stored(storage).entries.p1?.tags).toEqual(['agents']);
  });

  it('ignores events for other keys', () => {
    const storage = createMemoryStorage();
    const b = openTab(storage, { target: window });
    const getItem = vi.spyOn(storage, 'getItem');
    window.dispatchEvent(new StorageEvent('storage', { key: 'theme' }));
    expect(getItem).not.toHaveBeenCalled();
    expect(b.entry('p1')).toBeUndefined();
  });
});

describe('a tab blocked by unreadable data', () => {
  it('saves its held-back edits once another tab has started fresh', () => {
    vi.useFakeTimers();
    try {
      const storage = createMemoryStorage({ [KEY]: 'not json' });
      const a = openTab(storage);
      const b = openTab(storage, { target: window });
      b.actions.setNote('p1', 'typed while blocked');
      vi.advanceTimersByTime(1000);
      expect(storage.getItem(KEY)).toBe('not json');

      expect(a.actions.startFresh()).toBe(true);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      expect(b.library.core.persistence.health.getState().unreadable).toBeNull();
      vi.advanceTimersByTime(300);
      expect(stored(storage).entries.p1?.note).toBe('typed while blocked');
    } finally {
      vi.useRealTimers();
    }
  });
});
