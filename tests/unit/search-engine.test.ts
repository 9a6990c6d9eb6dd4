import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Paper } from '@/features/papers/schema';
import { emptyFilters } from '@/features/search/facets/filters';
import { createSearchEngine, type SearchEngine } from '@/features/search/engine';
import type { SearchRequest } from '@/features/search/types';
import { blankPaper } from '../fixtures/paper';

const papers = datasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/papers.json'), 'utf8')),
).papers;
const paper = blankPaper;
const request = (text: string, fields: Partial<SearchRequest> = {}): SearchRequest => ({
  text,
  filters: emptyFilters(),
  sort: null,
  scope: 'all',
  ...fields,
});
const idsOf = (
  engine: SearchEngine,
  list: readonly Paper[],
  text: string,
  fields: Partial<SearchRequest> = {},
) => [...engine.search(request(text, fields)).docs].map((doc) => list[doc].id);

describe('user data overlay', () => {
  const list = [
    paper('a', { title: 'Speech recognition at scale' }),
    paper('b', { title: 'Image segmentation' }),
    paper('c', { title: 'Graph networks' }),
  ];

  it('makes notes and tags searchable without rebuilding, and forgets them again', () => {
    const engine = createSearchEngine(list);
    expect(idsOf(engine, list, 'zebrafish ')).toEqual([]);
    engine.setUserData([
      { id: 'b', status: null, tags: ['Marine biology'], note: 'Try on **zebrafish** scans.' },
    ]);
    expect(idsOf(engine, list, 'zebrafish ')).toEqual(['b']);
    expect(idsOf(engine, list, 'zebraf')).toEqual(['b']);
    expect(idsOf(engine, list, 'marine ')).toEqual(['b']);
    expect(idsOf(engine, list, 'tag:marine-biology')).toEqual(['b']);
    engine.setUserData([{ id: 'b', status: null, tags: [], note: '' }]);
    expect(idsOf(engine, list, 'zebrafish ')).toEqual([]);
    expect(engine.search(request('')).facets.tag).toEqual([]);
  });

  it('matches each word in the catalogue text or in the notes (AND across both)', () => {
    const engine = createSearchEngine(list);
    engine.setUserData([{ id: 'a', status: 'reading', tags: [], note: 'compare with wav2vec' }]);
    expect(idsOf(engine, list, 'speech wav2vec ')).toEqual(['a']);
    expect(idsOf(engine, list, 'image wav2vec ')).toEqual([]);
    expect(idsOf(engine, list, '"compare with wav2vec"')).toEqual(['a']);
    expect(idsOf(engine, list, 'speech -wav2vec ')).toEqual([]);
  });

  it('ranks a tag match like a title match', () => {
    const engine = createSearchEngine(list);
    engine.setUserData([{ id: 'c', status: null, tags: ['speech'], note: '' }]);
    expect(idsOf(engine, list, 'speech ')).toHaveLength(2);
    engine.setUserData([{ id: 'b', status: null, tags: [], note: 'speech speech speech' }]);
    expect(idsOf(engine, list, 'speech ').at(-1)).toBe('b');
  });

  it('keeps entries for papers that are not loaded yet and applies them when they arrive', () => {
    const engine = createSearchEngine(list);
    engine.setUserData([{ id: 'later', status: 'to-read', tags: [], note: 'pending note' }]);
    expect(idsOf(engine, list, 'pending ')).toEqual([]);
    const more = [...list, paper('later', { title: 'Imported paper' })];
    engine.addPapers([more[3]]);
    expect(idsOf(engine, more, 'pending ')).toEqual(['later']);
    expect(idsOf(engine, more, '', { scope: 'library' })).toEqual(['later']);
  });
});

describe('adding papers', () => {
  it('appends new papers to the index', () => {
    const list = [paper('a', { title: 'Speech recognition' })];
    const engine = createSearchEngine(list);
    const more = [...list, paper('b', { title: 'Speech synthesis', publishedAt: '2025-01-01' })];
    engine.addPapers([more[1]]);
    expect(idsOf(engine, more, 'speech ')).toHaveLength(2);
    expect(idsOf(engine, more, 'synthesis ')).toEqual(['b']);
    expect(engine.similar('b', 1).map((s) => s.id)).toEqual(['a']);
  });

  it('replaces a paper re-added under the same id, keeping the user data', () => {
    const first = paper('a', { title: 'Old title about speech' });
    const engine = createSearchEngine([first, paper('b', { title: 'Other' })]);
    engine.setUserData([{ id: 'a', status: 'read', tags: ['keep'], note: '' }]);
    const second = paper('a', { title: 'New title about vision' });
    engine.addPapers([second]);
    const all = [first, paper('b', { title: 'Other' }), second];
    expect(idsOf(engine, all, 'speech ')).toEqual([]);
    const found = engine.search(request('vision '));
    expect([...found.docs]).toEqual([2]);
    expect(idsOf(engine, all, 'tag:keep')).toEqual(['a']);
    expect(engine.search(request('')).total).toBe(2);
  });
});

describe('hints from the engine', () => {
  it('says when a typed value matches nothing in the catalogue', () => {
    const engine = createSearchEngine(papers);
    const result = engine.search(request('speech org:kyutia topic:speech'));
    expect(result.hints).toEqual([
      { message: 'No organisation "kyutia" in the catalogue', start: 7, end: 17 },
    ]);
    expect(result.total).toBe(0);
    expect(engine.search(request('org:kyutai')).hints).toEqual([]);
  });
});

describe('searching while the index is being built', () => {
  const queries = [
    'speech',
    'speech recognition',
    'distil',
    'transfomer ',
    'encoder decoder ',
    'compression -image',
    '"parallel decoding"',
    'efficient lang',
    'has:code vision',
    'topic:speech',
    'modele ',
  ];

  it('answers by scanning, with the same results as the index', () => {
    const building = createSearchEngine(papers, { deferIndex: true });
    building.setUserData([
      {
        id: papers[3].id,
        status: 'reading',
        tags: ['favourite'],
        note: 'notes about lexical decoding',
      },
    ]);
    // Typos are forgiven against the words indexed so far: index all but one paper first.
    building.buildStep(papers.length - 1);
    expect(building.ready).toBe(false);
    const scanned = queries.map((text) => building.search(request(text)));
    expect(scanned.every((result) => !result.indexed)).toBe(true);
    while (!building.buildStep()) {
      // keep building
    }
    const indexed = queries.map((text) => building.search(request(text)));
    expect(indexed.every((result) => result.indexed)).toBe(true);
    queries.forEach((text, i) => {
      expect([...scanned[i].docs].sort(), text).toEqual([...indexed[i].docs].sort());
      expect(scanned[i].facets, text).toEqual(indexed[i].facets);
    });
    expect(indexed.find((result) => result.total === 0)).toBeUndefined();
  });

  it('agrees with the index early on, when most papers are scanned as raw text', () => {
    const early = createSearchEngine(papers, { deferIndex: true });
    early.buildStep(5);
    const done = createSearchEngine(papers);
    // Typo neighbours come from the words indexed so far (5 papers' worth), so queries whose
    // long words have neighbours elsewhere (encoder: encodes) may differ; these have none.
    for (const text of [
      'speech',
      'speech recognition',
      'distil',
      'compression -image',
      '"parallel decoding"',
      'efficient lang',
      'topic:speech vision',
    ]) {
      const scanned = early.search(request(text));
      expect(scanned.indexed).toBe(false);
      expect([...scanned.docs].sort(), text).toEqual([...done.search(request(text)).docs].sort());
    }
  });

  it('ranks title matches first while scanning, as the index does', () => {
    const building = createSearchEngine(papers, { deferIndex: true });
    const result = building.search(request('compression '));
    expect(result.indexed).toBe(false);
    const inTitle = [...result.docs].map((doc) => /compression/i.test(papers[doc].title));
    expect(inTitle.indexOf(false)).toBe(inTitle.lastIndexOf(true) + 1);
    expect(inTitle.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('reports progress and finishes', () => {
    const engine = createSearchEngine(papers, { deferIndex: true });
    expect(engine.progress).toEqual({ indexed: 0, total: 40 });
    engine.buildStep(10);
    expect(engine.progress).toEqual({ indexed: 10, total: 40 });
    expect(engine.buildStep(100)).toBe(true);
    expect(engine.ready).toBe(true);
  });
});

describe('searching within a set of papers (one day of the feed)', () => {
  const list = [
    paper('a', { title: 'Speech recognition at scale', publishedAt: '2025-12-01' }),
    paper('b', { title: 'Speech synthesis', publishedAt: '2025-12-02' }),
    paper('c', { title: 'Graph networks', publishedAt: '2025-12-03' }),
  ];

  it('lists, searches and counts only those papers, ignoring ids it does not hold', () => {
    const engine = createSearchEngine(list);
    expect(idsOf(engine, list, '', { within: ['a', 'c', 'nowhere'] })).toEqual(['c', 'a']);
    expect(idsOf(engine, list, 'speech', { within: ['a', 'c'] })).toEqual(['a']);
    expect(engine.search(request('', { within: [] })).total).toBe(0);
    expect(idsOf(engine, list, 'speech')).toHaveLength(2);
  });

  it("keeps the feed's own order with the trending sort, through a search, and falls back without a feed", () => {
    const engine = createSearchEngine(list);
    const trending = { sort: 'trending' as const, within: ['a', 'c', 'b'] };
    expect(idsOf(engine, list, '', trending)).toEqual(['a', 'c', 'b']);
    expect(engine.search(request('', trending)).effectiveSort).toBe('trending');
    expect(idsOf(engine, list, 'speech', trending)).toEqual(['a', 'b']);
    // Over the whole catalogue there is no feed order: the default sort applies and says so.
    const whole = engine.search(request('', { sort: 'trending' }));
    expect(whole.effectiveSort).toBe('newest');
    expect([...whole.docs].map((doc) => list[doc].id)).toEqual(['c', 'b', 'a']);
  });
});
