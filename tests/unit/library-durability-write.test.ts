import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStateOf } from '@/features/library/persistence/health';
import { LIBRARY_STORAGE_KEY as KEY, type LibraryOptions } from '@/features/library/state/store';
import { createMemoryStorage, type MemoryStorage } from '@/lib/storage-memory';
import { openTab as openLibraryTab, stored } from './library-tab-kit';

const openTab = (storage: MemoryStorage, options: LibraryOptions = {}) =>
  openLibraryTab(storage, { target: window, ...options });

const storedNote = (storage: MemoryStorage, id: string) =>
  storage.getItem(KEY) === null ? undefined : stored(storage).entries[id]?.note;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('5. write failures are caught and shown', () => {
  it('keeps the change in memory, says "not saved", retries on the next change and recovers', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage);
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    expect(() => {
      tab.actions.toggleBookmark('p1');
      tab.actions.flush();
    }).not.toThrow();
    expect(tab.state().entries.p1?.status).toBe('to-read');
    expect(tab.health().failure?.kind).toBe('quota');
    expect(saveStateOf(tab.health())).toBe('not-saved');
    expect(storage.getItem(KEY)).toBeNull();

    setItem.mockRestore();
    tab.actions.addTag('p1', 'rl');
    expect(saveStateOf(tab.health())).toBe('not-saved');
    tab.actions.flush();
    expect(saveStateOf(tab.health())).toBe('saved');
    expect(tab.health().failure).toBeNull();
    expect(stored(storage).entries.p1).toMatchObject({ status: 'to-read', tags: ['rl'] });
  });

  it('treats disabled storage (the getter itself throws) the same way', () => {
    const storage = createMemoryStorage();
    let disabled = false;
    const tab = openTab(storage, {
      getStorage: () => {
        if (disabled)
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        return storage;
      },
    });
    disabled = true;
    tab.actions.toggleBookmark('p1');
    tab.actions.flush();
    expect(tab.health().failure?.kind).toBe('unavailable');
    disabled = false;
    tab.actions.setStatus('p1', 'reading');
    tab.actions.flush();
    expect(tab.health().failure).toBeNull();
    expect(stored(storage).entries.p1?.status).toBe('reading');
  });

  it('warns when the serialized library nears the quota', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage, { nearQuotaChars: 2_000 });
    tab.actions.setNote('p1', 'short');
    tab.actions.flush();
    expect(tab.health().nearQuota).toBe(false);
    tab.actions.setNote('p1', 'x'.repeat(2_000));
    tab.actions.flush();
    expect(tab.health().nearQuota).toBe(true);
    expect(tab.health().size).toBe(KEY.length + storage.getItem(KEY)!.length);
  });
});

describe('7. debounced writes, flushed when the page goes away', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, 300 ms after a burst of keystrokes, without copying the library per keystroke', () => {
    const storage = createMemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const tab = openTab(storage);
    const entriesBefore = tab.state().entries;
    for (const text of ['N', 'No', 'Not', 'Note']) {
      tab.actions.setNote('p1', text);
      vi.advanceTimersByTime(100);
    }
    expect(tab.state().entries).toBe(entriesBefore);
    expect(saveStateOf(tab.health())).toBe('saving');
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(199);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storedNote(storage, 'p1')).toBe('Note');
    expect(tab.state().entries.p1?.note).toBe('Note');
    expect(saveStateOf(tab.health())).toBe('saved');
  });

  it('still saves every 2 s while someone types without pause', () => {
    const storage = createMemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const tab = openTab(storage);
    for (let i = 1; i <= 25; i += 1) {
      tab.actions.setNote('p1', 'a'.repeat(i));
      vi.advanceTimersByTime(100);
    }
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storedNote(storage, 'p1')).toBe('a'.repeat(20));
  });

  it('flushes on pagehide', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage);
    tab.actions.setNote('p1', 'last words');
    window.dispatchEvent(new Event('pagehide'));
    expect(storedNote(storage, 'p1')).toBe('last words');
  });

  it('flushes when the page is hidden, not when it becomes visible', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage);
    tab.actions.setNote('p1', 'switching tabs');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(storedNote(storage, 'p1')).toBeUndefined();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(storedNote(storage, 'p1')).toBe('switching tabs');
  });
});

describe('8. persistent storage is asked for after the first saved change', () => {
  it('does not ask on load, asks once after a successful save', async () => {
    const storage = createMemoryStorage({
      [KEY]: JSON.stringify({
        version: 1,
        data: { entries: {}, importedPapers: {}, lastBackupAt: null, changesSinceBackup: 0 },
      }),
    });
    const requestPersist = vi.fn(() => Promise.resolve(true));
    const tab = openTab(storage, { requestPersist });
    expect(requestPersist).not.toHaveBeenCalled();

    const setItem = vi.spyOn(storage, 'setItem').mockImplementationOnce(() => {
      throw quotaError();
    });
    tab.actions.toggleBookmark('p1');
    tab.actions.flush();
    expect(requestPersist).not.toHaveBeenCalled();

    setItem.mockRestore();
    tab.actions.toggleBookmark('p2');
    tab.actions.flush();
    expect(requestPersist).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(tab.health().persisted).toBe(true));
    tab.actions.toggleBookmark('p3');
    tab.actions.flush();
    expect(requestPersist).toHaveBeenCalledTimes(1);
  });
});
