import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/features/search/engine';
import { provisionalResult } from '@/features/search/ranking/provisional';
import { emptyViewState, searchRequestFor } from '@/features/search/view-state';
import { blankPaper } from '../fixtures/paper';

// Loaded against id order: undated papers and papers of the same day come in reverse, so a tie broken by
// catalogue position and one broken by id disagree.
const papers = [
  blankPaper('z-undated'),
  blankPaper('q-same-day', { publishedAt: '2024-05-02' }),
  blankPaper('m-undated'),
  blankPaper('p-older', { publishedAt: '2023-12-31' }),
  blankPaper('c-same-day', { publishedAt: '2024-05-02' }),
  blankPaper('a-undated'),
  blankPaper('n-newest', { publishedAt: '2025-01-09' }),
];
const idsOf = (docs: Int32Array) => Array.from(docs, (doc) => papers[doc].id);

describe('the provisional list', () => {
  it('lists every paper in the order the engine answers with, undated papers in their places', () => {
    const view = emptyViewState();
    const provisional = provisionalResult(papers, view);
    const engine = createSearchEngine(papers).search(searchRequestFor(view, 'all'));
    expect(idsOf(provisional!.docs)).toEqual([
      'n-newest',
      'c-same-day',
      'q-same-day',
      'p-older',
      'a-undated',
      'm-undated',
      'z-undated',
    ]);
    expect(idsOf(engine.docs)).toEqual(idsOf(provisional!.docs));
    expect(provisional!.total).toBe(engine.total);
  });

  it('is only drawn for the plain view', () => {
    expect(provisionalResult(papers, { ...emptyViewState(), q: 'speech' })).toBeNull();
    expect(provisionalResult(papers, { ...emptyViewState(), sort: 'title' })).toBeNull();
    expect(provisionalResult(papers, { ...emptyViewState(), sort: 'newest' })).not.toBeNull();
  });
});
