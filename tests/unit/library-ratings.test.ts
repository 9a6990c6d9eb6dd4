import { describe, expect, it } from 'vitest';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { emptyLibrary, LIBRARY_VERSION, type LibraryData } from '@/features/library/schema';
import { restoreLibrary } from '@/features/library/state/restore';
import { LIBRARY_STORAGE_KEY as KEY, type LibraryOptions } from '@/features/library/state/store';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { BACKUP_VERSION } from '@/features/transfer/backup-format';
import { applyImport } from '@/features/transfer/import/apply-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import { planImport } from '@/features/transfer/import/plan-import';
import { createMemoryStorage, type MemoryStorage } from '@/lib/storage-memory';
import { openTab as openLibraryTab, stored } from './library-tab-kit';

let clock = Date.UTC(2025, 11, 9, 9);
const tick = () => (clock += 1000);
const openTab = (storage: MemoryStorage, options: LibraryOptions = {}) =>
  openLibraryTab(storage, { now: () => clock, ...options });
const at = (ms: number) => new Date(Date.UTC(2025, 11, 1) + ms * 1000).toISOString();

describe('ratings in the library', () => {
  it('are saved beside the entries, and a rating is not a bookmark', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage);
    tab.actions.rate('p1', 'more');
    tab.actions.rate('p2', 'less');
    tab.actions.flush();
    const saved = stored(storage);
    expect(saved.ratings.p1?.rating).toBe('more');
    expect(saved.ratings.p2?.rating).toBe('less');
    expect(saved.entries).toEqual({});
    expect(storage.getItem(KEY)).toMatch(new RegExp(`^\\{"version":${LIBRARY_VERSION},`));
  });

  it('taking a rating back leaves a marker, and rating the same again changes nothing', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage);
    tab.actions.rate('p1', 'less');
    const first = tab.state().ratings.p1;
    tab.actions.rate('p1', 'less');
    expect(tab.state().ratings.p1).toBe(first);
    tick();
    tab.actions.rate('p1', null);
    expect(tab.state().ratings.p1).toEqual({
      rating: null,
      updatedAt: new Date(clock).toISOString(),
    });
    expect(tab.state().changesSinceBackup).toBe(2);
  });

  it('merge per paper across tabs: the later rating of a paper wins', () => {
    const storage = createMemoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.rate('p1', 'more');
    a.actions.rate('p2', 'more');
    tick();
    b.actions.rate('p2', 'less');
    b.actions.rate('p3', 'less');
    a.actions.flush();
    b.actions.flush();
    const saved = stored(storage);
    expect(saved.ratings.p1?.rating).toBe('more');
    expect(saved.ratings.p2?.rating).toBe('less');
    expect(saved.ratings.p3?.rating).toBe('less');
  });

  it('are refused when stored with an unknown value, naming where', () => {
    const raw = JSON.stringify({
      version: 2,
      data: { ...emptyLibrary(), ratings: { p1: { rating: 'meh', updatedAt: at(1) } } },
    });
    const read = readStoredLibrary(raw);
    expect(read.kind === 'unreadable' && read.reason).toContain('ratings.p1.rating');
  });

  it('read as none from version 1 data, which had no ratings', () => {
    const v1 = JSON.stringify({ version: 1, data: { ...emptyLibrary(), ratings: undefined } });
    const read = readStoredLibrary(v1);
    expect(read.kind === 'ok' && read.data.ratings).toEqual({});
    if (read.kind === 'ok')
      expect(readStoredLibrary(serializeLibrary(read.data))).toEqual({ ...read, from: 'current' });
  });
});

describe('ratings in a JSON backup', () => {
  const library: LibraryData = {
    ...emptyLibrary(),
    ratings: {
      liked: { rating: 'more', updatedAt: at(10) },
      dismissed: { rating: 'less', updatedAt: at(11) },
      undone: { rating: null, updatedAt: at(12) },
    },
  };

  it('export and restore exactly', async () => {
    const file = exportBackup(library, { now: new Date(at(20)) });
    expect(file.content).toContain(`"version": ${BACKUP_VERSION},`);
    const parsed = await parseImport(file.content);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const plan = planImport(parsed.value, { catalogue: new Map(), library: emptyLibrary() });
    for (const mode of ['merge', 'replace'] as const) {
      const restored = restoreLibrary(
        emptyLibrary(),
        applyImport(plan, mode).library!,
        mode,
        clock,
      );
      expect(restored.data.ratings).toEqual(library.ratings);
    }
  });

  it('a version 1 backup still restores, with no ratings', async () => {
    const v1Library = {
      entries: {},
      importedPapers: {},
      lastBackupAt: null,
      changesSinceBackup: 0,
    };
    const v1 = { format: 'papershelf-backup', version: 1, exportedAt: at(20), library: v1Library };
    const parsed = await parseImport(JSON.stringify(v1));
    expect(parsed.ok && parsed.value.kind === 'backup' && parsed.value.library.ratings).toEqual({});
  });

  it('replace takes back ratings the backup does not have; merge keeps the newer of each', () => {
    const current: LibraryData = {
      ...emptyLibrary(),
      ratings: {
        liked: { rating: 'less', updatedAt: at(30) },
        mine: { rating: 'more', updatedAt: at(5) },
      },
    };
    const replaced = restoreLibrary(current, library, 'replace', clock).data.ratings;
    expect(replaced.liked?.rating).toBe('more');
    expect((replaced.liked?.updatedAt ?? '') > at(30)).toBe(true);
    expect(replaced.mine?.rating).toBeNull();
    expect(replaced.dismissed?.rating).toBe('less');
    const merged = restoreLibrary(current, library, 'merge', clock).data.ratings;
    expect(merged.liked?.rating).toBe('less');
    expect(merged.mine?.rating).toBe('more');
    expect(merged.dismissed?.rating).toBe('less');
  });
});
