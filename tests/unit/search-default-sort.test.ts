import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/features/search/engine';
import { emptyViewState, expectedSort, searchRequestFor } from '@/features/search/view-state';
import { blankPaper } from '../fixtures/paper';

const engine = createSearchEngine([
  blankPaper('2401.00001', {
    title: 'Speech codecs',
    organization: { handle: 'kyutai', name: 'Kyutai' },
    publishedAt: '2024-01-02',
  }),
  blankPaper('2401.00002', { title: 'Survey of speech', publishedAt: '2024-01-03' }),
]);

describe('the default sort', () => {
  it.each([
    ['', 'newest'],
    ['org:kyutai', 'newest'],
    ['year:2024 has:code', 'newest'],
    ['-survey', 'newest'],
    ['speech', 'relevance'],
    ['"speech codecs"', 'relevance'],
    ['org:kyutai speech', 'relevance'],
  ])('for %j is %s, on screen before the engine answers and in its answer', (q, sort) => {
    const view = { ...emptyViewState(), q };
    expect(engine.search(searchRequestFor(view, 'all')).effectiveSort).toBe(sort);
    expect(expectedSort(view)).toBe(sort);
  });

  it('is the one the user picked, when they pick one', () => {
    const view = { ...emptyViewState(), q: 'org:kyutai', sort: 'title' as const };
    expect(expectedSort(view)).toBe('title');
    expect(engine.search(searchRequestFor(view, 'all')).effectiveSort).toBe('title');
  });
});
