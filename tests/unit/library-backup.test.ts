import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '@/features/library/state/merge';
import { restoreLibrary } from '@/features/library/state/restore';
import { libraryDataSchema, type LibraryData } from '@/features/library/schema';
import { type LibraryOptions } from '@/features/library/state/store';
import type { Paper } from '@/features/papers/schema';
import { createMemoryStorage, type MemoryStorage } from '@/lib/storage-memory';
import { openTab as openLibraryTab, stored } from './library-tab-kit';

let clock = Date.UTC(2025, 11, 9, 9);
const tick = () => (clock += 1000);

const openTab = (storage: MemoryStorage, options: LibraryOptions = {}) =>
  openLibraryTab(storage, { now: () => clock, ...options });

const imported: Paper = {
  id: 'my-workshop-paper',
  title: 'A paper from a workshop',
  abstract: 'Not on arXiv.',
  authorCount: 1,
  authors: ['Ada Example'],
  organization: null,
  publishedAt: '2024-06-01',
  comments: null,
  upvotes: null,
  arxivId: null,
  codeUrl: 'https://github.com/example/repo',
  projectUrl: null,
  links: [],
  topics: [],
};

function buildLibrary(storage: MemoryStorage) {
  const tab = openTab(storage);
  tab.actions.toggleBookmark('2305.07922');
  tick();
  tab.actions.setStatus('2412.00001', 'read');
  tab.actions.addTag('2305.07922', 'Code LLMs');
  tab.actions.setNote(
    '2305.07922',
    '# Take-aways\n\n- *fast* — «ünïcødé» 🧪\n- [repo](https://github.com/x/y)\n',
  );
  tab.actions.setNote('gone-from-catalogue', 'a note on a paper the catalogue dropped');
  tab.actions.importPapers([imported]);
  tab.actions.moveEntry('2412.00001', ['2305.07922', '2412.00001'], 0);
  tab.actions.flush();
  return tab;
}

describe('9. backups round-trip exactly', () => {
  it('export, clear, import: the same library comes back, notes included', () => {
    const first = createMemoryStorage();
    const original = buildLibrary(first).actions.getData();
    // What a JSON backup file carries, parsed back the way the import does.
    const backup = libraryDataSchema.parse(JSON.parse(JSON.stringify(original)));

    const fresh = createMemoryStorage();
    const restored = openTab(fresh);
    expect(restored.actions.restore(backup, 'replace')).toBe(true);
    expect(restored.actions.getData()).toEqual(original);
    // And it survives a reload.
    expect(openTab(fresh).actions.getData()).toEqual(original);
  });

  it('keeps user state for papers that are not in the catalogue', () => {
    const data = buildLibrary(createMemoryStorage()).actions.getData();
    expect(data.entries['gone-from-catalogue']?.note).toContain('catalogue dropped');
    expect(data.importedPapers['my-workshop-paper']?.paper.title).toBe('A paper from a workshop');
  });
});

describe('restore over an existing library', () => {
  it('replace: the backup wins even over newer local edits, and a stale tab cannot undo it', () => {
    const storage = createMemoryStorage();
    const backup = buildLibrary(storage).actions.getData();
    const stale = openTab(storage);
    const tab = openTab(storage);
    tick();
    tab.actions.setNote('2305.07922', 'edited after the backup');
    tab.actions.toggleBookmark('not-in-backup');
    tab.actions.flush();
    tick();
    tab.actions.restore(backup, 'replace');
    expect(tab.state().entries['2305.07922']?.note).toBe(backup.entries['2305.07922']?.note);
    expect(tab.state().entries['not-in-backup']?.status).toBeNull();

    stale.actions.setStatus('other', 'reading');
    stale.actions.flush();
    const saved = stored(storage);
    expect(saved.entries['2305.07922']?.note).toBe(backup.entries['2305.07922']?.note);
    expect(saved.entries['not-in-backup']?.status).toBeNull();
    expect(saved.entries.other?.status).toBe('reading');
  });

  it('merge: keeps the newer version of each paper', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    const entry = (note: string, ms: number) => ({
      status: null,
      tags: [],
      note,
      addedAt: null,
      startedAt: null,
      finishedAt: null,
      order: 0,
      updatedAt: at(ms),
    });
    const base = {
      importedPapers: {},
      ratings: {},
      snapshots: {},
      lastBackupAt: null,
      changesSinceBackup: 2,
    };
    const local: LibraryData = {
      ...base,
      entries: { a: entry('local newer', 20), b: entry('local older', 10) },
    };
    const backup: LibraryData = {
      ...base,
      entries: {
        a: entry('backup older', 10),
        b: entry('backup newer', 20),
        c: entry('only in backup', 5),
      },
    };
    const { data, changedIds } = restoreLibrary(local, backup, 'merge', 30);
    expect(Object.fromEntries(Object.entries(data.entries).map(([id, e]) => [id, e.note]))).toEqual(
      {
        a: 'local newer',
        b: 'backup newer',
        c: 'only in backup',
      },
    );
    expect(changedIds.sort()).toEqual(['b', 'c']);
    expect(data.changesSinceBackup).toBe(3);
    // Reusing unchanged records keeps reference diffs cheap for whoever follows entries.
    expect(mergeLibraries(local, local).data.entries).toBe(local.entries);
  });
});

describe('importPapers', () => {
  it('adds new papers, updates changed ones and ignores identical re-imports', () => {
    const tab = openTab(createMemoryStorage());
    expect(tab.actions.importPapers([imported])).toEqual({ added: 1, updated: 0 });
    const first = tab.state().importedPapers[imported.id];
    expect(tab.actions.importPapers([imported])).toEqual({ added: 0, updated: 0 });
    expect(tab.state().importedPapers[imported.id]).toBe(first);
    tick();
    expect(tab.actions.importPapers([{ ...imported, title: 'Renamed' }])).toEqual({
      added: 0,
      updated: 1,
    });
    expect(tab.state().importedPapers[imported.id]).toMatchObject({
      paper: { title: 'Renamed' },
      importedAt: first?.importedAt,
    });
  });
});
