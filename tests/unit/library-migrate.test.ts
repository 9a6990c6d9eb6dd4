import { describe, expect, it } from 'vitest';
import {
  migrateStoredLibrary,
  readStoredLibrary,
  serializeLibrary,
} from '@/features/library/persistence/migrate';
import { emptyLibrary, libraryDataSchema, type LibraryData } from '@/features/library/schema';

const entry = {
  status: 'reading',
  tags: ['rl'],
  note: 'Check **section 3**.',
  addedAt: '2025-12-01T10:00:00.000Z',
  startedAt: '2025-12-02T10:00:00.000Z',
  finishedAt: null,
  order: 1,
  updatedAt: '2025-12-02T10:00:00.000Z',
};

const paper = {
  id: '2305.07922',
  title: 'CodeT5+',
  abstract: 'Code models.',
  authorCount: 2,
  authors: ['Yue Wang', 'Hung Le'],
  organization: null,
  publishedAt: '2023-05-13',
  comments: 3,
  upvotes: null,
  arxivId: '2305.07922',
  codeUrl: null,
  projectUrl: null,
  links: [],
  topics: ['code'],
};

/** Version 1, as this code writes it. */
const v1Fixture = JSON.stringify({
  version: 1,
  data: {
    entries: { '2305.07922': entry },
    importedPapers: {
      '2305.07922': { paper, importedAt: entry.addedAt, updatedAt: entry.addedAt },
    },
    lastBackupAt: '2025-11-30T08:00:00.000Z',
    changesSinceBackup: 4,
  },
});

/** What the first prototype left behind: stock zustand persist, whole state, fields added later missing. */
const stockEnvelopeFixture = JSON.stringify({
  state: { entries: { '2305.07922': entry }, hasHydrated: true, filter: 'all' },
  version: 0,
});

/** Version 3, as this code writes it: a snapshot of each kept paper beside the entries. */
const v3Fixture = JSON.stringify({
  version: 3,
  data: {
    entries: { '2305.07922': entry },
    importedPapers: {},
    snapshots: {
      '2305.07922': {
        title: 'CodeT5+',
        authors: ['Yue Wang', 'Hung Le'],
        publishedAt: '2023-05-13',
        arxivId: '2305.07922',
        updatedAt: entry.updatedAt,
      },
    },
    lastBackupAt: '2025-11-30T08:00:00.000Z',
    changesSinceBackup: 4,
  },
});

describe('readStoredLibrary', () => {
  it('reads version 3 as written', () => {
    const read = readStoredLibrary(v3Fixture);
    expect(read).toMatchObject({ kind: 'ok', from: 'current' });
    if (read.kind !== 'ok') return;
    expect(read.data.entries['2305.07922']).toEqual(entry);
    expect(read.data.snapshots['2305.07922']?.authors).toEqual(['Yue Wang', 'Hung Le']);
    expect(read.data.changesSinceBackup).toBe(4);
  });

  it('migrates version 1, keeping its imported papers and a snapshot of each kept one', () => {
    const read = readStoredLibrary(v1Fixture);
    expect(read).toMatchObject({ kind: 'ok', from: 'older' });
    if (read.kind !== 'ok') return;
    expect(read.data.entries['2305.07922']).toEqual(entry);
    // They stay until the catalogue store has them: nothing is dropped by the migration itself.
    expect(read.data.importedPapers['2305.07922']?.paper).toEqual(paper);
    expect(read.data.snapshots['2305.07922']).toEqual({
      title: 'CodeT5+',
      authors: ['Yue Wang', 'Hung Le'],
      publishedAt: '2023-05-13',
      arxivId: '2305.07922',
      updatedAt: entry.addedAt,
    });
    expect(read.data.changesSinceBackup).toBe(4);
    expect(read.data.lastBackupAt).toBe('2025-11-30T08:00:00.000Z');
  });

  it('migrates version 2 (ratings, imported papers, no snapshots), making the snapshots', () => {
    const v2 = JSON.parse(v1Fixture) as { version: number; data: Record<string, unknown> };
    v2.version = 2;
    v2.data.ratings = { '2305.07922': { rating: 'more', updatedAt: entry.updatedAt } };
    const read = readStoredLibrary(JSON.stringify(v2));
    expect(read).toMatchObject({ kind: 'ok', from: 'older' });
    if (read.kind !== 'ok') return;
    expect(read.data.ratings['2305.07922']?.rating).toBe('more');
    expect(read.data.snapshots['2305.07922']?.arxivId).toBe('2305.07922');
    expect(read.data.importedPapers['2305.07922']?.paper).toEqual(paper);
  });

  it('makes no snapshot for an imported paper the reader does not keep', () => {
    const data = JSON.parse(v1Fixture) as { data: { importedPapers: Record<string, unknown> } };
    data.data.importedPapers['other'] = {
      paper: { ...paper, id: 'other', arxivId: null, title: 'Other' },
      importedAt: entry.addedAt,
      updatedAt: entry.addedAt,
    };
    const read = readStoredLibrary(JSON.stringify(data));
    if (read.kind !== 'ok') throw new Error('should read');
    expect(Object.keys(read.data.snapshots)).toEqual(['2305.07922']);
    expect(Object.keys(read.data.importedPapers).sort()).toEqual(['2305.07922', 'other']);
  });

  it('drops a snapshot arXiv id that breaks the grammar, keeping the snapshot', () => {
    const data = JSON.parse(v3Fixture) as {
      data: { snapshots: Record<string, Record<string, unknown>> };
    };
    data.data.snapshots['2305.07922'].arxivId = 'javascript:alert(1)';
    const read = readStoredLibrary(JSON.stringify(data));
    if (read.kind !== 'ok') throw new Error('should read');
    expect(read.data.snapshots['2305.07922']).not.toHaveProperty('arxivId');
    expect(read.data.snapshots['2305.07922']?.title).toBe('CodeT5+');
  });

  it('migrates a stock zustand envelope, keeping data and dropping UI state', () => {
    const read = readStoredLibrary(stockEnvelopeFixture);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.from).toBe('stock-envelope');
    expect(read.data).toEqual({ ...emptyLibrary(), entries: { '2305.07922': entry } });
    expect(libraryDataSchema.safeParse(read.data).success).toBe(true);
  });

  it('reports absence separately from damage', () => {
    expect(readStoredLibrary(null)).toEqual({ kind: 'absent' });
  });

  it.each([
    ['not JSON', 'bookmarks: 2305.07922'],
    ['truncated JSON', v1Fixture.slice(0, v1Fixture.length / 2)],
    ['an unknown format', JSON.stringify({ bookmarks: ['2305.07922'] })],
    [
      'a wrong shape',
      JSON.stringify({
        version: 1,
        data: { ...emptyLibrary(), entries: { x: { status: 'done' } } },
      }),
    ],
    [
      'a string where a record belongs',
      JSON.stringify({ version: 1, data: { ...emptyLibrary(), entries: 'x' } }),
    ],
    [
      'a negative change count',
      JSON.stringify({ version: 1, data: { ...emptyLibrary(), changesSinceBackup: -1 } }),
    ],
    ['a version with no migration path', JSON.stringify({ version: 0, data: emptyLibrary() })],
    [
      'a stock envelope whose entries are wrong',
      JSON.stringify({ state: { entries: [1, 2] }, version: 0 }),
    ],
  ])('calls %s unreadable, with a reason', (_label, raw) => {
    const read = readStoredLibrary(raw);
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason.length).toBeGreaterThan(10);
  });

  it('names where the shape went wrong', () => {
    const raw = JSON.stringify({
      version: 1,
      data: { ...emptyLibrary(), entries: { a: { ...entry, status: 'done' } } },
    });
    const read = readStoredLibrary(raw);
    expect(read.kind === 'unreadable' && read.reason).toContain('entries.a.status');
  });

  it('recognises data from a newer version, in either envelope', () => {
    expect(readStoredLibrary(JSON.stringify({ version: 4, data: { whatever: true } }))).toEqual({
      kind: 'future',
      version: 4,
    });
    expect(migrateStoredLibrary({ state: {}, version: 4 })).toEqual({ kind: 'future', version: 4 });
  });
});

describe('serializeLibrary', () => {
  it('writes what readStoredLibrary reads back unchanged', () => {
    const read = readStoredLibrary(v1Fixture);
    if (read.kind !== 'ok') throw new Error('fixture should read');
    const data: LibraryData = read.data;
    expect(readStoredLibrary(serializeLibrary(data))).toEqual({
      kind: 'ok',
      data,
      from: 'current',
    });
  });
});
