import { describe, expect, it, vi } from 'vitest';
import { saveStateOf } from '@/features/library/persistence/health';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { emptyLibrary } from '@/features/library/schema';
import { LIBRARY_STORAGE_KEY as KEY } from '@/features/library/state/store';
import { createMemoryStorage } from '@/lib/storage-memory';
import { openTab, stored } from './library-tab-kit';

const saved = serializeLibrary({
  ...emptyLibrary(),
  entries: {
    old: {
      status: 'read',
      tags: ['kept'],
      note: 'months of notes',
      addedAt: '2025-01-01T00:00:00.000Z',
      startedAt: null,
      finishedAt: '2025-02-01T00:00:00.000Z',
      order: 1,
      updatedAt: '2025-02-01T00:00:00.000Z',
    },
  },
});

const unreadableValues = {
  'not JSON': '{entries: oops',
  truncated: saved.slice(0, 60),
  'wrong shape': JSON.stringify({
    version: 1,
    data: { ...emptyLibrary(), entries: { a: { status: 'done' } } },
  }),
  'no migration path': JSON.stringify({ version: 0, data: {} }),
};

/** Every kind of edit, then every way a save can be triggered. */
function editEverything(tab: ReturnType<typeof openTab>) {
  tab.actions.toggleBookmark('p1');
  tab.actions.setStatus('p2', 'reading');
  tab.actions.addTag('p1', 'vision');
  tab.actions.setNote('p1', 'typed');
  tab.actions.renameTag('vision', 'cv');
  tab.actions.markBackedUp();
  tab.actions.flush();
}

describe('1. no write before a successful load', () => {
  it('writes nothing while storage cannot be read, then merges what it finally reads', () => {
    const storage = createMemoryStorage({ [KEY]: saved });
    const getItem = vi.spyOn(storage, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const setItem = vi.spyOn(storage, 'setItem');
    const tab = openTab(storage);
    editEverything(tab);
    expect(setItem).not.toHaveBeenCalled();
    expect(tab.health().failure?.kind).toBe('unavailable');
    expect(saveStateOf(tab.health())).toBe('not-saved');

    getItem.mockRestore();
    tab.actions.addTag('p2', 'later');
    tab.actions.flush();
    const { entries } = stored(storage);
    expect(entries.old?.note).toBe('months of notes');
    expect(entries.p1?.tags).toEqual(['cv']);
    expect(entries.p2?.tags).toEqual(['later']);
    expect(tab.state().entries.old?.note).toBe('months of notes');
    expect(saveStateOf(tab.health())).toBe('saved');
  });
});

describe('2. quarantine, never destroy', () => {
  it.each(Object.entries(unreadableValues))(
    'keeps a %s value byte for byte whatever runs',
    (_kind, raw) => {
      const storage = createMemoryStorage({ [KEY]: raw });
      const tab = openTab(storage, { target: window });
      expect(tab.health().unreadable).toMatchObject({ raw, setAsideFailed: false });
      editEverything(tab);
      window.dispatchEvent(new Event('pagehide'));
      expect(storage.getItem(KEY)).toBe(raw);
      expect(storage.length).toBe(1);
      expect(saveStateOf(tab.health())).toBe('not-saved');
      // The edits are still in memory for when the user decides.
      expect(tab.state().entries.p1?.tags).toEqual(['cv']);
    },
  );

  it('"Start fresh" copies the value aside first, then saves what the user did meanwhile', () => {
    const raw = unreadableValues['not JSON'];
    const storage = createMemoryStorage({ [KEY]: raw });
    const tab = openTab(storage, { now: () => Date.UTC(2025, 11, 9) });
    tab.actions.toggleBookmark('p1');
    expect(tab.actions.startFresh()).toBe(true);
    const asideKey = `${KEY}:quarantine:2025-12-09T00:00:00.000Z`;
    expect(storage.getItem(asideKey)).toBe(raw);
    expect(tab.health()).toMatchObject({ unreadable: null, setAsideKey: asideKey, pending: false });
    expect(stored(storage).entries.p1?.status).toBe('to-read');
  });

  it('does not start fresh when the copy cannot be made, unless told to discard', () => {
    const raw = unreadableValues.truncated;
    const storage = createMemoryStorage({ [KEY]: raw });
    const tab = openTab(storage);
    const setItem = vi.spyOn(storage, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(tab.actions.startFresh()).toBe(false);
    expect(tab.health().unreadable?.setAsideFailed).toBe(true);
    expect(storage.getItem(KEY)).toBe(raw);
    setItem.mockClear();
    expect(tab.actions.startFresh({ discardUnreadable: true })).toBe(true);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storage.getItem(KEY)).toBe(serializeLibrary(emptyLibrary()));
  });

  it('sets the value aside before a restore writes over it', () => {
    const raw = unreadableValues['wrong shape'];
    const storage = createMemoryStorage({ [KEY]: raw });
    const tab = openTab(storage);
    const backup = readStoredLibrary(saved);
    if (backup.kind !== 'ok') throw new Error('fixture should read');
    expect(tab.actions.restore(backup.data, 'replace')).toBe(true);
    expect(tab.health().setAsideKey).not.toBeNull();
    expect(storage.getItem(tab.health().setAsideKey!)).toBe(raw);
    expect(storage.getItem(KEY)).toBe(saved);
  });
});

describe('3. validate on read', () => {
  it('never lets a wrong shape into memory', () => {
    const raw = JSON.stringify({
      version: 1,
      data: { ...emptyLibrary(), entries: 'not a record' },
    });
    const tab = openTab(createMemoryStorage({ [KEY]: raw }));
    expect(tab.state().entries).toEqual({});
    expect(tab.health().unreadable?.reason).toContain('entries');
  });

  it('loads a valid value into memory without writing it back', () => {
    const storage = createMemoryStorage({ [KEY]: saved });
    const setItem = vi.spyOn(storage, 'setItem');
    const tab = openTab(storage);
    expect(tab.state().entries.old?.note).toBe('months of notes');
    expect(tab.state().tagCounts).toEqual({ kept: 1 });
    expect(tab.state().statusCounts.read).toBe(1);
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('4. a newer version makes the tab read-only', () => {
  const newer = JSON.stringify({ version: 4, data: { papers: 'a shape from the future' } });

  it('ignores edits and never writes', () => {
    const storage = createMemoryStorage({ [KEY]: newer });
    const setItem = vi.spyOn(storage, 'setItem');
    const tab = openTab(storage);
    expect(tab.health().readOnly).toEqual({ version: 4 });
    editEverything(tab);
    expect(tab.actions.restore(emptyLibrary(), 'replace')).toBe(false);
    expect(tab.state().entries).toEqual({});
    expect(setItem).not.toHaveBeenCalled();
    expect(storage.getItem(KEY)).toBe(newer);
  });

  it('stops writing when another tab upgrades mid-session', () => {
    const storage = createMemoryStorage({ [KEY]: saved });
    const tab = openTab(storage, { target: window });
    tab.actions.toggleBookmark('p1');
    storage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    tab.actions.flush();
    expect(tab.health().readOnly).toEqual({ version: 4 });
    expect(storage.getItem(KEY)).toBe(newer);
  });
});
