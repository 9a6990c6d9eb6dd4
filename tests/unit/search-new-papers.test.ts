import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/features/search/engine';
import { emptyFilters, type Filters } from '@/features/search/facets/filters';
import { createWorkerHost } from '@/features/search/worker/host';
import { toColumns } from '@/features/search/worker/paper-columns';
import type { WorkerResponse } from '@/features/search/worker/protocol';
import type { SearchRequest } from '@/features/search/types';
import { blankPaper } from '../fixtures/paper';

const papers = [
  blankPaper('old-speech', { title: 'Speech old', publishedAt: '2024-01-01' }),
  blankPaper('new-speech', { title: 'Speech new', publishedAt: '2023-01-01' }),
  blankPaper('new-vision', {
    title: 'Vision new',
    publishedAt: '2025-01-01',
    codeUrl: 'https://github.com/a/b',
  }),
  blankPaper('old-vision', { title: 'Vision old', publishedAt: '2022-01-01' }),
];
const request = (text: string, filters: Partial<Filters> = {}): SearchRequest => ({
  text,
  filters: { ...emptyFilters(), ...filters },
  sort: null,
  scope: 'all',
});

describe('is:new and the New facet', () => {
  const engine = createSearchEngine(papers);
  const ids = (result: { docs: Int32Array }) =>
    [...result.docs].map((doc) => papers[doc]?.id ?? `doc ${doc}`);

  it('finds nothing new until the app says what arrived, and says so in the facet', () => {
    const result = engine.search(request('is:new'));
    expect(result.total).toBe(0);
    expect(result.facets.new).toEqual([{ value: 'true', label: 'New', count: 0, selected: true }]);
  });

  it('keeps only the new papers, typed or clicked, and combines with words and other filters', () => {
    engine.setNewPapers(['new-speech', 'new-vision']);
    expect(ids(engine.search(request('is:new')))).toEqual(['new-vision', 'new-speech']);
    expect(ids(engine.search(request('', { isNew: true })))).toEqual(['new-vision', 'new-speech']);
    expect(ids(engine.search(request('speech is:new')))).toEqual(['new-speech']);
    expect(ids(engine.search(request('is:new has:code')))).toEqual(['new-vision']);
  });

  it('counts the new papers each view would give, with the other filters applied', () => {
    expect(engine.search(request('')).facets.new[0]).toMatchObject({ count: 2, selected: false });
    expect(engine.search(request('vision')).facets.new[0].count).toBe(1);
    // Choosing New does not shrink its own count.
    expect(engine.search(request('is:new')).facets.new[0].count).toBe(2);
  });

  it('replaces the set each time, and keeps it when papers are added', () => {
    engine.setNewPapers(['old-vision']);
    expect(ids(engine.search(request('is:new')))).toEqual(['old-vision']);
    engine.addPapers([blankPaper('later', { title: 'Later paper', publishedAt: '2026-01-01' })]);
    expect(engine.search(request('is:new')).total).toBe(1);
    engine.setNewPapers([]);
    expect(engine.search(request('is:new')).total).toBe(0);
  });
});

describe('the worker host', () => {
  it('keeps what is new across a reload of the catalogue', () => {
    const answers: WorkerResponse[] = [];
    const host = createWorkerHost(
      (message) => answers.push(message),
      (task) => task(),
    );
    host.receive({ type: 'setNewPapers', seq: 1, ids: ['new-speech'] });
    host.receive({ type: 'load', seq: 2, papers: toColumns(papers) });
    host.receive({ type: 'search', seq: 3, request: request('is:new') });
    const answer = answers.find((message) => message.type === 'search');
    expect(answer?.type === 'search' && answer.result.total).toBe(1);
    expect(answers.some((message) => message.type === 'error')).toBe(false);
  });
});
