import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalogue, isSeedPaper } from '@/features/feed/catalogue';
import { getAllRecords } from '@/features/feed/catalogue-db';
import { catalogueDb } from '@/features/feed/catalogue-store';
import { completePaper, completePapers, needsCompleting } from '@/features/feed/complete';
import { HfApiError } from '@/features/feed/hf-errors';
import { snapshotChanges, snapshotPaper } from '@/features/library/snapshots';
import type { Paper } from '@/features/papers/schema';
import { exportBibtex } from '@/features/transfer/export/bibtex-export';
import { exportCslJson } from '@/features/transfer/export/csl-json-export';
import { exportRis } from '@/features/transfer/export/ris-export';
import { datasetPapers, makeEntry } from '../fixtures/import/papers';

// The paper object Hugging Face answers with (recorded), and the bundled seed as the app ships it.
const PAPER_OBJECT = JSON.parse(
  readFileSync('tests/fixtures/hf-api-paper-object.json', 'utf8'),
) as Record<string, unknown> & { id: string; title: string };
const SEED = datasetPapers();

/** The arXiv id Hugging Face has for the n-th bundled paper, in this test's made-up world. */
const arxivIdOf = (n: number) => `2501.${String(100 + n).padStart(5, '0')}`;

/** A search result item as /api/papers/search answers: the paper object inside `paper`. */
const searchItem = (paper: Record<string, unknown>) => ({
  paper,
  publishedAt: '2025-01-10T05:00:00.000Z',
  title: paper.title,
  numComments: 2,
  isAuthorParticipating: false,
});

/** The recorded paper object as the one Hugging Face has under the seed paper's title. */
const found = (seed: Paper, n: number) => ({
  ...PAPER_OBJECT,
  id: arxivIdOf(n),
  // Hugging Face keeps the title as submitted, line break and all: the same normalised title.
  title: seed.title.replace(' ', '\n  '),
});

type Reply = { status?: number; body?: unknown; raw?: string; headers?: Record<string, string> };

/** A fake Hugging Face answering search by title; records what was asked and how many at once. */
function fakeSearch(answer: (title: string) => Reply | Promise<Reply>) {
  const asked: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = (async (input: string | URL) => {
    const url = new URL(String(input));
    expect(url.origin + url.pathname).toBe('https://huggingface.co/api/papers/search');
    const title = url.searchParams.get('q') ?? '';
    asked.push(title);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      const reply = await answer(title);
      return new Response(reply.raw ?? JSON.stringify(reply.body ?? []), {
        status: reply.status ?? 200,
        headers: reply.headers,
      });
    } finally {
      inFlight -= 1;
    }
  }) as typeof globalThis.fetch;
  return { fetch, asked, maxInFlight: () => maxInFlight };
}

const fast = { retries: 0, rateLimitRetries: 0, baseDelayMs: 1, timeoutMs: 2000 };
const indexOf = (title: string) => SEED.findIndex((paper) => paper.title === title);

afterEach(async () => {
  await catalogueDb().papers.clear();
});

async function catalogueNow() {
  const records = await getAllRecords(catalogueDb());
  return buildCatalogue(SEED, new Map(records.map((record) => [record.id, record])), {
    available: true,
  });
}

describe('which papers need completing', () => {
  it('every bundled paper: the capture has neither arXiv ids nor author names', () => {
    expect(SEED).toHaveLength(40);
    expect(SEED.filter(needsCompleting)).toHaveLength(40);
  });

  it('a paper lacking either the arXiv id or the authors, not one that has both', () => {
    const [paper] = SEED;
    expect(needsCompleting({ ...paper, arxivId: '2501.00100' })).toBe(true);
    expect(needsCompleting({ ...paper, authors: ['Ada Lovelace'] })).toBe(true);
    expect(needsCompleting({ ...paper, arxivId: '2501.00100', authors: ['Ada Lovelace'] })).toBe(
      false,
    );
  });
});

describe('completePapers', () => {
  it('completes the bundled catalogue a few at a time; the completed papers keep the seed ids', async () => {
    // 31 titles are known; for the other 9 search answers only a loosely related paper (SciCode).
    const unknown = new Set(SEED.slice(31).map((paper) => paper.title));
    const api = fakeSearch((title) => {
      const n = indexOf(title);
      if (unknown.has(title)) return { body: [searchItem(PAPER_OBJECT)] };
      // Search ranks loosely: the right paper is not always first. Some answers are bare objects.
      const hit = found(SEED[n], n);
      return { body: n % 2 ? [searchItem(PAPER_OBJECT), searchItem(hit)] : [hit] };
    });
    const progress: string[] = [];
    const summary = await completePapers(SEED, {
      client: { ...fast, fetch: api.fetch },
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(summary).toMatchObject({ total: 40, notStored: 0, failed: [], stoppedBy: null });
    expect(summary.completed).toHaveLength(31);
    expect(summary.notFound.sort()).toEqual([...unknown].sort());
    expect(api.asked.sort()).toEqual(SEED.map((paper) => paper.title).sort());
    expect(api.maxInFlight()).toBeGreaterThan(1);
    expect(api.maxInFlight()).toBeLessThanOrEqual(3);
    expect(progress[0]).toBe('0/40');
    expect(progress.at(-1)).toBe('40/40');

    const catalogue = await catalogueNow();
    expect(catalogue.papers).toHaveLength(40);
    const first = catalogue.byId.get(SEED[0].id)!;
    expect(first).toMatchObject({
      id: SEED[0].id,
      title: SEED[0].title,
      arxivId: arxivIdOf(0),
      authorCount: 30,
    });
    expect(first.authors.slice(0, 2)).toEqual(['Minyang Tian', 'Luyu Gao']);
    // The arXiv id the stored copy arrived under finds the same, completed paper.
    expect(catalogue.byId.get(arxivIdOf(0))).toBe(first);
    expect(
      catalogue.papers
        .filter(needsCompleting)
        .map((paper) => paper.title)
        .sort(),
    ).toEqual([...unknown].sort());
    // A second run has only the papers Hugging Face did not know left to do.
    expect(catalogue.papers.filter(needsCompleting)).toHaveLength(9);
  });

  it('a 429 stops the run at once with the wait; the papers completed are kept', async () => {
    const papers = SEED.slice(0, 12);
    const api = fakeSearch((title) => {
      const n = indexOf(title);
      if (n === 5)
        return {
          status: 429,
          body: { error: 'Too many requests' },
          headers: { 'Retry-After': '3600' },
        };
      return { body: [searchItem(found(SEED[n], n))] };
    });
    const summary = await completePapers(papers, {
      client: { ...fast, fetch: api.fetch },
      concurrency: 1,
    });
    expect(summary.stoppedBy).toBeInstanceOf(HfApiError);
    expect(summary.stoppedBy?.message).toBe(
      'Hugging Face is limiting requests (HTTP 429). Try again in 60 minutes.',
    );
    expect(summary.completed).toEqual(papers.slice(0, 5).map((paper) => paper.id));
    expect(summary.failed).toEqual([]);
    expect(api.asked).toHaveLength(6); // nothing after the 429
    expect((await catalogueNow()).papers.filter(needsCompleting)).toHaveLength(35);
  });

  it('a 500 and answers that are garbage fail those papers with their reason; the others carry on', async () => {
    const papers = SEED.slice(0, 6);
    const api = fakeSearch((title) => {
      const n = indexOf(title);
      if (n === 1) return { status: 500, body: { error: 'Internal Error' } };
      if (n === 2) return { raw: '<!doctype html><title>Maintenance</title>' };
      if (n === 3) return { body: { error: 'Invalid query' } };
      if (n === 4) return { body: [{ paper: { id: arxivIdOf(4), title: 42 } }] };
      return { body: [searchItem(found(SEED[n], n))] };
    });
    const summary = await completePapers(papers, { client: { ...fast, fetch: api.fetch } });
    expect(summary.stoppedBy).toBeNull();
    expect(summary.completed).toEqual([papers[0].id, papers[5].id]);
    expect(summary.failed.map((failure) => [failure.title, failure.message])).toEqual([
      [papers[1].title, 'Hugging Face answered HTTP 500 (server error).'],
      [
        papers[2].title,
        'Hugging Face\'s answer is not JSON (it starts with "<!doctype html><title>Maintenance</title").',
      ],
      [
        papers[3].title,
        "Hugging Face's answer is not in the expected shape: expected a list of papers, found an object.",
      ],
      [
        papers[4].title,
        `Hugging Face's answer is not in the expected shape: item 0 (${arxivIdOf(4)}): paper.title: expected a string.`,
      ],
    ]);
    // The failed papers are left exactly as they were.
    const catalogue = await catalogueNow();
    for (const paper of papers.slice(1, 5)) expect(catalogue.byId.get(paper.id)).toBe(paper);
  });

  it('a cancel stops the papers not yet started and keeps those completed', async () => {
    const controller = new AbortController();
    const api = fakeSearch(async (title) => {
      const n = indexOf(title);
      if (n >= 4) {
        controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { body: [searchItem(found(SEED[n], n))] };
    });
    const summary = await completePapers(SEED, {
      client: { ...fast, fetch: api.fetch },
      signal: controller.signal,
      concurrency: 2,
    });
    expect(summary.stoppedBy?.kind).toBe('cancelled');
    expect(summary.completed.length).toBeGreaterThanOrEqual(4);
    expect(summary.completed.length).toBeLessThan(8);
    expect(api.asked.length).toBeLessThan(8);
    expect(await getAllRecords(catalogueDb())).toHaveLength(summary.completed.length);
  });
});

describe('completePaper', () => {
  it('says when Hugging Face has no paper with this exact title, and stores nothing', async () => {
    const api = fakeSearch(() => ({ body: [searchItem(PAPER_OBJECT)] }));
    expect(await completePaper(SEED[0], { client: { ...fast, fetch: api.fetch } })).toEqual({
      kind: 'not-found',
    });
    expect(await getAllRecords(catalogueDb())).toEqual([]);
  });

  it('completes the authors of a paper with an arXiv id, but never takes another paper of the same title', async () => {
    const api = fakeSearch(() => ({ body: [searchItem(found(SEED[3], 3))] }));
    const client = { ...fast, fetch: api.fetch };
    const same = { ...SEED[3], arxivId: `${arxivIdOf(3)}v2` };
    expect(await completePaper(same, { client })).toMatchObject({
      kind: 'completed',
      added: { authors: true, arxivId: false },
    });
    await catalogueDb().papers.clear();
    const other = { ...SEED[3], arxivId: '2312.00001' };
    expect(await completePaper(other, { client })).toEqual({ kind: 'not-found' });
    expect(await getAllRecords(catalogueDb())).toEqual([]);
  });

  it('throws the specific error, and stores nothing', async () => {
    const api = fakeSearch(() => ({ status: 503, body: {} }));
    const error = await completePaper(SEED[0], { client: { ...fast, fetch: api.fetch } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HfApiError);
    expect((error as HfApiError).message).toBe(
      'Hugging Face answered HTTP 503 (service unavailable).',
    );
    expect(await getAllRecords(catalogueDb())).toEqual([]);
  });

  it('a bookmarked bundled paper stays bookmarked; its snapshot and exports get the authors and arXiv id', async () => {
    const seed = SEED[7];
    const api = fakeSearch(() => ({ body: [searchItem(found(seed, 7))] }));
    const result = await completePaper(seed, { client: { ...fast, fetch: api.fetch } });
    expect(result).toMatchObject({
      kind: 'completed',
      added: { authors: true, arxivId: true },
      stored: true,
    });

    // The library keys the bookmark by the seed id; the catalogue still has the paper under it.
    const entries = { [seed.id]: makeEntry({ status: 'to-read' }) };
    const catalogue = await catalogueNow();
    const paper = catalogue.byId.get(seed.id)!;
    expect(paper.id).toBe(seed.id);
    expect(isSeedPaper(catalogue, paper)).toBe(false);
    // What catalogue-upkeep does when the catalogue changes: the snapshot gets the new details.
    const paperFor = (id: string) => {
      const known = catalogue.byId.get(id);
      return known && !isSeedPaper(catalogue, known) ? known : known && null;
    };
    const snapshot = snapshotChanges(entries, {}, paperFor, '2026-03-01T00:00:00.000Z').get(
      seed.id,
    )!;
    expect(snapshot).toMatchObject({ title: seed.title, arxivId: arxivIdOf(7) });
    expect(snapshot.authors).toHaveLength(30);

    const arxivUrl = `https://arxiv.org/abs/${arxivIdOf(7)}`;
    const once = (content: string, text: string) => content.split(text).length - 1;
    // Exports from the catalogue, and from the snapshot alone (the store dropped).
    for (const exported of [paper, snapshotPaper(seed.id, snapshot)!]) {
      const items = [{ paper: exported, entry: entries[seed.id] }];
      const bibtex = exportBibtex(items).content;
      expect(bibtex).toContain('author = {Minyang Tian and Luyu Gao and');
      expect(bibtex).toContain(`eprint = {${arxivIdOf(7)}}`);
      expect(once(bibtex, arxivUrl)).toBe(1);

      const csl = (JSON.parse(exportCslJson(items).content) as Record<string, unknown>[])[0];
      expect(csl.author).toEqual(expect.arrayContaining([{ family: 'Tian', given: 'Minyang' }]));
      expect(JSON.stringify(csl)).toContain(arxivIdOf(7));
      expect(once(JSON.stringify(csl), arxivUrl)).toBe(1);

      const ris = exportRis(items).content;
      expect(ris).toContain('AU  - Tian, Minyang');
      expect(ris).toContain(arxivIdOf(7));
      expect(once(ris, arxivUrl)).toBe(1);
    }
  });
});
