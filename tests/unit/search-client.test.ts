import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '@/features/papers/schema';
import { emptyFilters } from '@/features/search/facets/filters';
import { fromColumns, toColumns } from '@/features/search/worker/paper-columns';
import { createSearchClient } from '@/features/search/worker/client';
import type { SearchRequest } from '@/features/search/types';
import { createWorkerHost, PREPARE_IDLE_MS } from '@/features/search/worker/host';
import { SortOrders } from '@/features/search/ranking/sort';
import type { WorkerResponse } from '@/features/search/worker/protocol';

const papers = datasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/papers.json'), 'utf8')),
).papers;
const request = (text: string): SearchRequest => ({
  text,
  filters: emptyFilters(),
  sort: null,
  scope: 'all',
});

describe('search client without workers (jsdom)', () => {
  it('runs in-process: load, search, map numbers back to papers, similar, user data', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createSearchClient();
    const listener = vi.fn();
    client.subscribe(listener);
    expect(client.getStatus().state).toBe('empty');
    await client.load(papers);
    expect(client.getStatus()).toEqual({ state: 'ready', indexed: 40, total: 40 });
    expect(listener).toHaveBeenCalled();

    const result = await client.search(request('speech recognition'));
    expect(result.total).toBeGreaterThan(0);
    expect(client.paperAt(result.docs[0])!.title).toMatch(/speech/i);

    const similar = await client.similar(client.paperAt(result.docs[0])!.id);
    expect(similar).toHaveLength(5);

    await client.setUserData([{ id: papers[0].id, status: 'reading', tags: [], note: 'okapi' }]);
    const noted = await client.search(request('okapi '));
    expect([...noted.docs].map((doc) => client.paperAt(doc)!.id)).toEqual([papers[0].id]);

    const added = { ...papers[1], id: 'imported-paper', title: 'Imported okapi study' };
    await client.addPapers([added]);
    const both = await client.search(request('okapi '));
    expect([...both.docs].map((doc) => client.paperAt(doc)!.id).sort()).toEqual(
      [papers[0].id, 'imported-paper'].sort(),
    );
    client.dispose();
    await expect(client.search(request('x'))).rejects.toThrow();
  });
});

describe('papers as columns for the worker', () => {
  it('round-trips every field the engine reads', () => {
    const sample = [
      {
        ...papers[0],
        organization: { handle: 'kyutai', name: 'Kyutai Labs' },
        authors: ['Ada Lovelace', 'Alan Turing'],
        topics: ['Speech', 'Language models'],
        comments: 3,
        upvotes: 12,
        codeUrl: 'https://github.com/x/y',
      },
      {
        ...papers[1],
        organization: null,
        authors: [],
        topics: [],
        publishedAt: null,
        comments: null,
        upvotes: null,
        codeUrl: null,
      },
    ];
    const pick = ({
      id,
      title,
      abstract,
      organization,
      authors,
      topics,
      publishedAt,
      comments,
      upvotes,
      codeUrl,
    }: (typeof sample)[number]) => ({
      id,
      title,
      abstract,
      organization,
      authors,
      topics,
      publishedAt,
      comments,
      upvotes,
      codeUrl,
    });
    expect(fromColumns(toColumns(sample))).toEqual(sample.map(pick));
  });
});

describe('worker host', () => {
  function host(stepDocs = 10) {
    const posted: WorkerResponse[] = [];
    const queue: (() => void)[] = [];
    const worker = createWorkerHost(
      (message) => posted.push(message),
      (task) => queue.push(task),
      stepDocs,
    );
    const drain = () => {
      while (queue.length > 0) queue.shift()!();
    };
    const answers = (type: WorkerResponse['type']) => posted.filter((m) => m.type === type);
    return { worker, posted, queue, drain, answers };
  }

  it('builds in steps, reports status, and resolves the load once the index is ready', () => {
    const { worker, drain, answers } = host();
    worker.receive({ type: 'load', seq: 1, papers: toColumns(papers) });
    const statuses = answers('status');
    expect(statuses[0]).toEqual({
      type: 'status',
      status: { state: 'building', indexed: 0, total: 40 },
    });
    expect(statuses[1]).toEqual({
      type: 'status',
      status: { state: 'building', indexed: 10, total: 40 },
    });
    expect(answers('done')).toEqual([]);
    drain();
    expect(answers('status').at(-1)).toEqual({
      type: 'status',
      status: { state: 'ready', indexed: 40, total: 40 },
    });
    expect(answers('done')).toEqual([{ type: 'done', seq: 1 }]);
  });

  it('computes the other sort orders only once requests have stopped for a while', () => {
    vi.useFakeTimers();
    const warm = vi.spyOn(SortOrders.prototype, 'warmNext');
    try {
      const { worker, drain } = host();
      worker.receive({ type: 'load', seq: 1, papers: toColumns(papers) });
      drain();
      vi.advanceTimersByTime(PREPARE_IDLE_MS - 1);
      worker.receive({ type: 'search', seq: 2, request: request('speech') });
      drain();
      // The search put it off: a full quiet period starts again.
      vi.advanceTimersByTime(PREPARE_IDLE_MS - 1);
      expect(warm).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(warm).toHaveBeenCalledTimes(1);
      // Then one order after another, until every one is there (title, oldest, discussed, upvotes).
      vi.advanceTimersByTime(PREPARE_IDLE_MS);
      expect(warm).toHaveBeenCalledTimes(4);
      expect(warm.mock.results.map((result) => result.value as boolean)).toEqual([
        true,
        true,
        true,
        false,
      ]);
    } finally {
      warm.mockRestore();
      vi.useRealTimers();
    }
  });

  it('answers only the newest of several queued searches', () => {
    const { worker, posted, drain } = host();
    worker.receive({ type: 'load', seq: 1, papers: toColumns(papers) });
    drain();
    posted.length = 0;
    worker.receive({ type: 'search', seq: 2, request: request('sp') });
    worker.receive({ type: 'search', seq: 3, request: request('spe') });
    worker.receive({ type: 'search', seq: 4, request: request('speech') });
    drain();
    expect(posted.map((m) => [m.type, 'seq' in m ? m.seq : null])).toEqual([
      ['superseded', 2],
      ['superseded', 3],
      ['search', 4],
    ]);
  });

  it('answers searches during the build by scanning', () => {
    const { worker, posted, queue } = host();
    worker.receive({ type: 'load', seq: 1, papers: toColumns(papers) });
    worker.receive({ type: 'search', seq: 2, request: request('speech') });
    // Run the queued search before the next build step.
    const search = queue.splice(1, 1)[0];
    search();
    const answer = posted.find((m) => m.type === 'search');
    expect(answer?.type === 'search' && answer.result.indexed).toBe(false);
    expect(answer?.type === 'search' && answer.result.total).toBe(3);
  });

  it('still resolves the load when a similar request finished the index early', () => {
    const { worker, drain, answers } = host();
    worker.receive({ type: 'load', seq: 1, papers: toColumns(papers) });
    worker.receive({ type: 'similar', seq: 2, id: papers[0].id, k: 3 });
    expect(answers('similar')).toHaveLength(1);
    drain();
    expect(answers('done')).toEqual([{ type: 'done', seq: 1 }]);
    expect(answers('status').at(-1)).toMatchObject({ status: { state: 'ready' } });
  });

  it('reports errors for requests before any load instead of throwing', () => {
    const { worker, posted } = host();
    worker.receive({ type: 'similar', seq: 7, id: 'x', k: 5 });
    expect(posted).toEqual([{ type: 'error', seq: 7, message: 'No papers loaded' }]);
  });
});
