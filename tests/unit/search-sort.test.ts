import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/features/search/facets/filters';
import { createSearchEngine } from '@/features/search/engine';
import type { Sort } from '@/features/search/types';
import { blankPaper } from '../fixtures/paper';

const paper = blankPaper;

// Loaded in a scrambled order, so that no expectation can pass by load order alone.
const papers = [
  paper('d', { publishedAt: '2024-03-01', comments: 2, upvotes: 7, title: 'delta speech' }),
  paper('x', { publishedAt: null, comments: null, upvotes: 0, title: 'Éclair speech' }),
  paper('b', { publishedAt: '2023-01-15', comments: 9, upvotes: null, title: 'bravo' }),
  paper('a', { publishedAt: '2024-03-01', comments: 0, upvotes: 7, title: 'alpha speech speech' }),
  paper('y', { publishedAt: null, comments: 5, upvotes: 30, title: 'Yankee' }),
  paper('c', { publishedAt: '2025-11-30', comments: null, upvotes: null, title: 'charlie' }),
];
const engine = createSearchEngine(papers);
const ids = (sort: Sort | null, text = '') => {
  const result = engine.search({ text, filters: emptyFilters(), sort, scope: 'all' });
  return { ids: [...result.docs].map((doc) => papers[doc].id), sort: result.effectiveSort };
};

describe('sorting', () => {
  it('puts unknown dates last for newest, ties by id', () => {
    expect(ids('newest').ids).toEqual(['c', 'a', 'd', 'b', 'x', 'y']);
  });

  it('puts unknown dates last for oldest too', () => {
    expect(ids('oldest').ids).toEqual(['b', 'a', 'd', 'c', 'x', 'y']);
  });

  it('sorts by comments, unknown last, ties newest first', () => {
    expect(ids('discussed').ids).toEqual(['b', 'y', 'd', 'a', 'c', 'x']);
  });

  it('sorts by upvotes, unknown last (not as zero), ties newest first', () => {
    expect(ids('upvotes').ids).toEqual(['y', 'a', 'd', 'x', 'c', 'b']);
    expect(ids('upvotes', 'speech').ids).toEqual(['a', 'd', 'x']);
  });

  it('sorts titles ignoring case and accents', () => {
    expect(ids('title').ids).toEqual(['a', 'b', 'c', 'd', 'x', 'y']);
  });

  it('defaults to relevance with words and to newest without', () => {
    expect(ids(null).sort).toBe('newest');
    expect(ids(null, 'speech').sort).toBe('relevance');
    expect(ids(null, 'org:nobody').sort).toBe('newest');
  });

  it('ranks by relevance, equal scores newest first then by id', () => {
    const { ids: ranked } = ids(null, 'speech');
    // "alpha speech speech" has the word twice; "delta speech" and "Éclair speech" tie on score.
    expect(ranked).toEqual(['a', 'd', 'x']);
  });

  it('applies any sort to a text query', () => {
    expect(ids('oldest', 'speech').ids).toEqual(['a', 'd', 'x']);
    expect(ids('title', 'speech').ids).toEqual(['a', 'd', 'x']);
    expect(ids('discussed', 'speech').ids).toEqual(['d', 'a', 'x']);
  });

  it('gives the same order every time', () => {
    const sorts: Sort[] = ['relevance', 'newest', 'oldest', 'discussed', 'upvotes', 'title'];
    for (const sort of sorts) expect(ids(sort, 'speech')).toEqual(ids(sort, 'speech'));
  });
});

describe('orders read off the newest order', () => {
  // Many papers per day, undated ones, unknown and tied counts: where a shortcut would go wrong.
  const many = Array.from({ length: 400 }, (_, i) =>
    paper(`p${(i * 7919) % 400}`, {
      publishedAt: i % 9 === 0 ? null : `2024-0${1 + (i % 3)}-1${i % 5}`,
      comments: i % 4 === 0 ? null : i % 6,
      upvotes: i % 5 === 0 ? null : (i * 31) % 11,
    }),
  );
  const big = createSearchEngine(many);
  const order = (sort: Sort) =>
    [...big.search({ text: '', filters: emptyFilters(), sort, scope: 'all' }).docs].map(
      (doc) => many[doc].id,
    );
  const day = (p: (typeof many)[number]) => p.publishedAt ?? '';
  const byId = (a: (typeof many)[number], b: (typeof many)[number]) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const newest = [...many].sort(
    (a, b) =>
      Number(!a.publishedAt) - Number(!b.publishedAt) || day(b).localeCompare(day(a)) || byId(a, b),
  );
  const rankInNewest = new Map(newest.map((p, i) => [p.id, i]));
  const mostFirst = (count: (p: (typeof many)[number]) => number | null) =>
    [...many]
      .sort(
        (a, b) =>
          Number(count(a) === null) - Number(count(b) === null) ||
          (count(b) ?? 0) - (count(a) ?? 0) ||
          rankInNewest.get(a.id)! - rankInNewest.get(b.id)!,
      )
      .map((p) => p.id);

  it('oldest: days ascending, each day by id, undated last', () => {
    const expected = [...many]
      .sort(
        (a, b) =>
          Number(!a.publishedAt) - Number(!b.publishedAt) ||
          day(a).localeCompare(day(b)) ||
          byId(a, b),
      )
      .map((p) => p.id);
    expect(order('oldest')).toEqual(expected);
  });

  it('most discussed and most upvoted: highest first, unknown last, ties newest first', () => {
    expect(order('newest')).toEqual(newest.map((p) => p.id));
    expect(order('discussed')).toEqual(mostFirst((p) => p.comments));
    expect(order('upvotes')).toEqual(mostFirst((p) => p.upvotes));
  });

  it('orders counts too large to bucket the same way', () => {
    // One count beyond what a counting sort would allocate buckets for: the keyed sort takes over.
    const huge = many.map((p, i) => (i % 50 === 7 ? { ...p, upvotes: 5_000_000 + i } : p));
    const engine = createSearchEngine(huge);
    const listed = [
      ...engine.search({ text: '', filters: emptyFilters(), sort: 'upvotes', scope: 'all' }).docs,
    ].map((doc) => huge[doc].id);
    const rank = new Map(newest.map((p, i) => [p.id, i]));
    const expected = [...huge]
      .sort(
        (a, b) =>
          Number(a.upvotes === null) - Number(b.upvotes === null) ||
          (b.upvotes ?? 0) - (a.upvotes ?? 0) ||
          rank.get(a.id)! - rank.get(b.id)!,
      )
      .map((p) => p.id);
    expect(listed.slice(0, 3)).toEqual(expected.slice(0, 3));
    expect(listed).toEqual(expected);
  });
});

describe('orders computed ahead of need', () => {
  it('computes one order a step, and sorts the same afterwards', () => {
    const fresh = createSearchEngine(papers);
    const sorts: Sort[] = ['newest', 'oldest', 'discussed', 'upvotes', 'title'];
    const before = sorts.map((sort) => [
      ...createSearchEngine(papers).search({
        text: '',
        filters: emptyFilters(),
        sort,
        scope: 'all',
      }).docs,
    ]);
    const steps: boolean[] = [];
    for (let i = 0; i < 6; i++) steps.push(fresh.prepareStep());
    // Newest is computed with the index; title, oldest, discussed and upvotes follow, then nothing is left.
    expect(steps).toEqual([true, true, true, false, false, false]);
    expect(
      sorts.map((sort) => [
        ...fresh.search({ text: '', filters: emptyFilters(), sort, scope: 'all' }).docs,
      ]),
    ).toEqual(before);
  });
});
