import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/features/search/engine';
import { emptyFilters } from '@/features/search/facets/filters';
import type { SearchRequest, UserDataUpdate } from '@/features/search/types';
import { isBenchmark, themedCorpus, themeOf } from '../fixtures/themed-papers';

const papers = themedCorpus(12, 6);
const request = (fields: Partial<SearchRequest> = {}): SearchRequest => ({
  text: '',
  filters: emptyFilters(),
  sort: 'for-you',
  scope: 'all',
  ...fields,
});
const rate = (id: string, rating: 'more' | 'less' | null): UserDataUpdate => ({
  id,
  status: null,
  tags: [],
  note: '',
  rating,
});
const ranked = (engine: ReturnType<typeof createSearchEngine>, fields?: Partial<SearchRequest>) => {
  const result = engine.search(request(fields));
  return Array.from(result.docs, (doc) => papers[doc].id);
};

describe('"For you" on a hand-made corpus', () => {
  it('puts speech papers first for a reader who likes only speech papers', () => {
    const engine = createSearchEngine(papers);
    engine.setUserData(
      ['speech-0', 'speech-1', 'speech-2', 'speech-3', 'speech-4'].map((id) => rate(id, 'more')),
    );
    const result = engine.search(request());
    expect(result.forYou).toMatchObject({ state: 'ranked', positives: 5 });
    const top = Array.from(result.docs.subarray(0, 18), (doc) => papers[doc].id);
    expect(top.every((id) => themeOf(id) === 'speech')).toBe(true);
  });

  it('counts statuses, tags and notes as liking a paper', () => {
    const engine = createSearchEngine(papers);
    engine.setUserData([
      { id: 'rl-0', status: 'read', tags: [], note: '' },
      { id: 'rl-1', status: 'reading', tags: [], note: '' },
      { id: 'rl-2', status: 'to-read', tags: [], note: '' },
      { id: 'rl-3', status: null, tags: ['agents'], note: '' },
      { id: 'rl-4', status: null, tags: [], note: 'Worth a second read.' },
    ]);
    const top = ranked(engine).slice(0, 10);
    expect(top.every((id) => themeOf(id) === 'rl')).toBe(true);
  });

  it('pushes down papers with the words of the papers marked "Not interested"', () => {
    // A reader who wants speech papers, but not speech benchmarks.
    const likes = ['speech-0', 'speech-1', 'speech-2', 'speech-3', 'speech-4'];
    const dismissed = ['speech-bench-0', 'speech-bench-1'];
    const plain = createSearchEngine(papers);
    plain.setUserData(likes.map((id) => rate(id, 'more')));
    const before = ranked(plain).filter((id) => !dismissed.includes(id));

    const engine = createSearchEngine(papers);
    engine.setUserData([
      ...likes.map((id) => rate(id, 'more')),
      ...dismissed.map((id) => rate(id, 'less')),
    ]);
    const after = ranked(engine);
    expect(after.filter((id) => dismissed.includes(id))).toEqual([]);
    const unrated = ['speech-bench-2', 'speech-bench-3', 'speech-bench-4', 'speech-bench-5'];
    const places = (list: string[]) => unrated.map((id) => list.indexOf(id));
    places(after).forEach((place, i) => expect(place).toBeGreaterThanOrEqual(places(before)[i]));
    const sum = (list: number[]) => list.reduce((a, b) => a + b);
    expect(sum(places(after))).toBeGreaterThan(sum(places(before)));
    // Every speech paper without a benchmark now comes before every speech benchmark paper.
    const speech = after.filter((id) => themeOf(id) === 'speech');
    expect(speech.slice(0, 12).some(isBenchmark)).toBe(false);
    // The explanation names the word that held them down.
    const why = engine.recommend({ kind: 'explain', id: 'speech-bench-2', tags: [] });
    expect(why.kind === 'explain' && why.explanation?.holding.map((w) => w.word)).toContain(
      'benchmark',
    );
  });

  it('restores the previous ranking exactly after an undo', () => {
    const engine = createSearchEngine(papers);
    const likes = ['graphs-0', 'graphs-1', 'graphs-2', 'graphs-3', 'graphs-4', 'vision-0'];
    engine.setUserData(likes.map((id) => rate(id, 'more')));
    const before = ranked(engine);
    engine.setUserData([rate('vision-1', 'more'), rate('graphs-5', 'less')]);
    const during = ranked(engine);
    expect(during).not.toEqual(before);
    engine.setUserData([rate('vision-1', null), rate('graphs-5', null)]);
    expect(ranked(engine)).toEqual(before);
  });

  it('says when it knows too little, and falls back to newest first', () => {
    const engine = createSearchEngine(papers);
    engine.setUserData(
      ['speech-0', 'speech-1', 'speech-2', 'speech-3'].map((id) => rate(id, 'more')),
    );
    const result = engine.search(request());
    expect(result.forYou).toEqual({ state: 'too-few', positives: 4, needed: 5, tags: [] });
    expect(result.effectiveSort).toBe('for-you');
    expect(ranked(engine)).toEqual(ranked(engine, { sort: 'newest' }));
    const summary = engine.recommend({ kind: 'summary', tags: [] });
    expect(summary.kind === 'summary' && summary.summary.suggestions.length).toBeGreaterThan(0);
  });

  it("ranks by a tag's own model when a tag is chosen, over every paper", () => {
    const engine = createSearchEngine(papers);
    engine.setUserData([
      ...['rl-0', 'rl-1', 'rl-2', 'rl-3', 'rl-4'].map((id) => ({
        id,
        status: 'read' as const,
        tags: ['rl'],
        note: '',
      })),
      // Liked overall, but not part of the tag: the tag's model learns they are not "rl".
      ...['vision-0', 'vision-1', 'vision-2', 'vision-3', 'vision-4'].map((id) => rate(id, 'more')),
    ]);
    const overall = ranked(engine);
    expect(overall.slice(0, 10).every((id) => ['rl', 'vision'].includes(themeOf(id)))).toBe(true);
    const byTag = engine.search(request({ text: 'tag:rl' }));
    expect(byTag.forYou).toMatchObject({ state: 'ranked', tags: ['rl'] });
    expect(byTag.total).toBe(papers.length);
    const top = Array.from(byTag.docs.subarray(0, 18), (doc) => papers[doc].id);
    expect(top.every((id) => themeOf(id) === 'rl')).toBe(true);
    expect(byTag.facets.tag.find((option) => option.value === 'rl')?.selected).toBe(true);
  });
});

describe('"Not interested" hides a paper', () => {
  const engine = createSearchEngine(papers);
  engine.setUserData([
    rate('vision-3', 'less'),
    { id: 'vision-4', status: 'to-read', tags: [], note: '', rating: 'less' },
  ]);

  it('from the catalogue, until is:dismissed or the facet asks for it', () => {
    const all = engine.search(request({ sort: 'newest' }));
    expect(all.total).toBe(papers.length - 2);
    const ids = Array.from(all.docs, (doc) => papers[doc].id);
    expect(ids).not.toContain('vision-3');
    expect(all.facets.dismissed).toEqual([
      { value: 'true', label: 'Not interested', count: 2, selected: false },
    ]);
    const shown = engine.search(request({ sort: 'newest', text: 'is:dismissed' }));
    expect(Array.from(shown.docs, (doc) => papers[doc].id).sort()).toEqual([
      'vision-3',
      'vision-4',
    ]);
    const facet = engine.search(
      request({ sort: 'newest', filters: { ...emptyFilters(), dismissed: true } }),
    );
    expect(facet.total).toBe(2);
  });

  it('never from the reading list', () => {
    const list = engine.search(request({ sort: 'newest', scope: 'library' }));
    expect(Array.from(list.docs, (doc) => papers[doc].id)).toEqual(['vision-4']);
  });

  it('and from the papers "For you" lists as unseen', () => {
    const unseen = engine.search(request({ sort: 'newest', scope: 'unseen' }));
    const ids = Array.from(unseen.docs, (doc) => papers[doc].id);
    expect(ids).not.toContain('vision-3');
    expect(ids).not.toContain('vision-4');
    expect(unseen.total).toBe(papers.length - 2);
  });
});
