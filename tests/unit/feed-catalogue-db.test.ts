import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countPapers,
  getImportedRecords,
  getAllPapers,
  getDay,
  getNewestRecords,
  newestStoredDay,
  openCatalogue,
  putPapers,
  storeDay,
  type CatalogueDb,
} from '@/features/feed/catalogue-db';
import { blankPaper } from '../fixtures/paper';

let db: CatalogueDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = openCatalogue(`catalogue-test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

const bundled = blankPaper('large-multimodal-models-as-general-in-context-classifiers', {
  title: 'Large Multimodal Models as General In-Context Classifiers',
  upvotes: 4,
});
const fetched = blankPaper('2602.23229', {
  title: 'Large Multimodal Models as General\n In-Context Classifiers',
  arxivId: '2602.23229',
  authors: ['Marco Garosi', 'Elisa Ricci'],
  upvotes: 10,
  dailyDate: '2026-03-06',
  fetchedAt: '2026-03-06T10:00:00.000Z',
});

describe('catalogue store', () => {
  it('keeps the id a paper arrived under as an alias, and marks imported papers', async () => {
    await putPapers(db, [bundled], { importedAt: '2026-03-01T00:00:00.000Z' });
    const result = await putPapers(db, [fetched]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      id: bundled.id,
      aliases: ['2602.23229'],
      importedAt: '2026-03-01T00:00:00.000Z',
      arxivKey: '2602.23229',
    });
    expect((await getImportedRecords(db)).map((record) => record.id)).toEqual([bundled.id]);
    // The same paper again changes nothing, and writes nothing.
    expect(await putPapers(db, [fetched])).toMatchObject({ unchanged: 1, records: [] });
  });

  it('does not mark fetched papers as imported', async () => {
    await putPapers(db, [fetched]);
    expect(await getImportedRecords(db)).toEqual([]);
  });

  it('merges a fetched paper into the bundled copy with the same title, keeping its id', async () => {
    await putPapers(db, [bundled]);
    const result = await putPapers(db, [fetched]);
    expect(result).toMatchObject({ added: 0, updated: 1, ids: [bundled.id] });
    const papers = await getAllPapers(db);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: bundled.id,
      arxivId: '2602.23229',
      authors: ['Marco Garosi', 'Elisa Ricci'],
      upvotes: 10,
    });
  });

  it('finds a paper again by arXiv id whatever its version, and updates its upvotes', async () => {
    await putPapers(db, [fetched]);
    const again = {
      ...fetched,
      title: 'A revised title',
      arxivId: '2602.23229v3',
      upvotes: 15,
      fetchedAt: '2026-03-07T10:00:00.000Z',
    };
    expect(await putPapers(db, [again])).toMatchObject({ updated: 1, ids: ['2602.23229'] });
    expect(await countPapers(db)).toBe(1);
    expect((await getAllPapers(db))[0]).toMatchObject({ upvotes: 15, arxivId: '2602.23229' });
  });

  it('counts a re-fetch that changes nothing as unchanged, and a repeat within a batch once', async () => {
    await putPapers(db, [fetched]);
    const later = { ...fetched, fetchedAt: '2026-03-08T00:00:00.000Z' };
    expect(await putPapers(db, [later, later])).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('keeps two papers with different arXiv ids apart, even with one title', async () => {
    const other = { ...fetched, id: '2602.99999', arxivId: '2602.99999' };
    expect(await putPapers(db, [fetched, other])).toMatchObject({ added: 2 });
    expect(await countPapers(db)).toBe(2);
  });

  it('stores a day with its papers, and knows the newest day stored', async () => {
    expect(await newestStoredDay(db)).toBeNull();
    expect(await getDay(db, '2026-03-06')).toBeNull();
    await putPapers(db, [bundled]);
    await storeDay(db, '2026-03-06', [fetched], '2026-03-06T10:00:00.000Z');
    await storeDay(db, '2026-03-04', [blankPaper('2603.00001', { arxivId: '2603.00001' })], 'x');
    expect(await newestStoredDay(db)).toBe('2026-03-06');
    const day = await getDay(db, '2026-03-06');
    expect(day?.day.ids).toEqual([bundled.id]);
    expect(day?.papers.map((paper) => paper.upvotes)).toEqual([10]);
  });

  it('stores a large batch in one go', async () => {
    const papers = Array.from({ length: 2000 }, (_, i) =>
      blankPaper(`2603.${String(i).padStart(5, '0')}`, {
        title: `Generated paper ${i}`,
        arxivId: `2603.${String(i).padStart(5, '0')}`,
      }),
    );
    expect(await putPapers(db, papers)).toMatchObject({ added: 2000 });
    expect(await putPapers(db, papers)).toMatchObject({ unchanged: 2000 });
    expect(await countPapers(db)).toBe(2000);
    // fake-indexeddb is slow at this size, and the machine may be shared.
  }, 30_000);

  it('reads the newest week of daily listings and every imported paper, and nothing older', async () => {
    // Thirty days of listings, five papers each, and two imports, one of them old.
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
    for (let d = 1; d <= 30; d++)
      await putPapers(
        db,
        Array.from({ length: 5 }, (_, i) =>
          blankPaper(`p-${d}-${i}`, { title: `Paper ${d} ${i}`, dailyDate: day(d) }),
        ),
      );
    await putPapers(db, [blankPaper('imported-old', { title: 'An old import' })], {
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    const records = await getNewestRecords(db, 7);
    const ids = records.map((record) => record.id);
    expect(ids).toContain('imported-old');
    expect(new Set(records.map((record) => record.dailyDate))).toEqual(
      new Set(['', ...Array.from({ length: 8 }, (_, i) => day(23 + i))]),
    );
    expect(ids).toHaveLength(8 * 5 + 1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads only imports from a store without daily listings', async () => {
    await putPapers(db, [blankPaper('imported', { title: 'Imported' })], {
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    expect((await getNewestRecords(db, 7)).map((record) => record.id)).toEqual(['imported']);
  });
});
