import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  withLibraryPapers,
  withStoredRecords,
  type Catalogue,
} from '@/features/feed/catalogue';
import { toRecord, type PaperRecord } from '@/features/feed/paper-record';
import { datasetPapers } from '../fixtures/import/papers';
import { blankPaper } from '../fixtures/paper';

const available = { available: true } as const;
const storedOf = (records: PaperRecord[]) => new Map(records.map((record) => [record.id, record]));

const seed = datasetPapers();
const bundled = seed.find((paper) => paper.title.startsWith('SkeletonMAE'))!;

// The same paper as the feed returns it: arXiv id as its id, authors, upvotes, a hard-wrapped title.
const fromFeed = blankPaper('2512.00001', {
  title: bundled.title.replace(' ', '\n  '),
  arxivId: '2512.00001',
  authors: ['Ada Lovelace', 'Alan Turing'],
  upvotes: 42,
  dailyDate: '2025-12-09',
  fetchedAt: '2025-12-10T08:00:00.000Z',
});

describe('the catalogue: seed and store, one paper one record', () => {
  it('is the seed alone when the store is empty', () => {
    const catalogue = buildCatalogue(seed, new Map(), available);
    expect(catalogue.papers).toHaveLength(seed.length);
    expect(catalogue.byId.get(bundled.id)).toBe(bundled);
  });

  it('folds the feed copy of a bundled paper into it: the bundled id stays, the feed id resolves to it', () => {
    const catalogue = buildCatalogue(seed, storedOf([toRecord(fromFeed)]), available);
    expect(catalogue.papers).toHaveLength(seed.length);
    const merged = catalogue.byId.get(bundled.id)!;
    expect(merged).toMatchObject({
      id: bundled.id,
      arxivId: '2512.00001',
      authors: ['Ada Lovelace', 'Alan Turing'],
      upvotes: 42,
      abstract: bundled.abstract,
    });
    expect(catalogue.byId.get('2512.00001')).toBe(merged);
  });

  it('adds stored papers that are not in the seed, and resolves their aliases', () => {
    const other = toRecord(blankPaper('2512.00002', { arxivId: '2512.00002' }), {
      aliases: ['an-old-slug'],
    });
    const catalogue = buildCatalogue(seed, storedOf([other]), available);
    expect(catalogue.papers).toHaveLength(seed.length + 1);
    expect(catalogue.byId.get('an-old-slug')?.id).toBe('2512.00002');
  });

  it('never lets an alias hide another paper with that id', () => {
    const other = toRecord(blankPaper('2512.00002', { arxivId: '2512.00002' }), {
      aliases: [bundled.id],
    });
    const catalogue = buildCatalogue(seed, storedOf([other]), available);
    expect(catalogue.byId.get(bundled.id)).toBe(bundled);
  });

  it('takes newly stored records in, newer counts winning, and keeps unchanged papers as they were', () => {
    const first = buildCatalogue(seed, storedOf([toRecord(fromFeed)]), available);
    const later = { ...fromFeed, upvotes: 50, fetchedAt: '2025-12-11T08:00:00.000Z' };
    const next = withStoredRecords(first, [toRecord(later), toRecord(blankPaper('x-new'))]);
    expect(next.byId.get(bundled.id)?.upvotes).toBe(50);
    expect(next.papers).toHaveLength(seed.length + 1);
    const untouched = seed.find((paper) => paper !== bundled)!;
    expect(next.byId.get(untouched.id)).toBe(untouched);
    expect(withStoredRecords(next, [])).toBe(next);
  });

  it('reuses a folded paper while its copies are unchanged, so the search index is not fed it again', () => {
    const record = toRecord(fromFeed);
    const first = buildCatalogue(seed, storedOf([record]), available);
    const next = withStoredRecords(first, [toRecord(blankPaper('x-new'))]);
    expect(next.byId.get(bundled.id)).toBe(first.byId.get(bundled.id));
  });

  it('lists the library’s own copies of papers the catalogue lacks, and only those', () => {
    const catalogue: Catalogue = buildCatalogue(seed, new Map(), available);
    const kept = blankPaper('2401.00001', { title: 'A kept paper the store lost' });
    const next = withLibraryPapers(catalogue, [kept, { ...bundled, title: 'A stale copy' }]);
    expect(next.papers).toHaveLength(seed.length + 1);
    expect(next.byId.get(bundled.id)).toBe(bundled);
    expect(next.byId.get(kept.id)).toBe(kept);
    expect(withLibraryPapers(next, [kept])).toBe(next);
  });
});
