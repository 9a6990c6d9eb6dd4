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
