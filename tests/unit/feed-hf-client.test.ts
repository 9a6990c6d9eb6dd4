import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchDay, fetchPaper, searchPaperByTitle } from '@/features/feed/hf-client';
import { HfApiError } from '@/features/feed/hf-errors';

const item = () =>
  (
    JSON.parse(readFileSync('tests/fixtures/hf-api-daily-papers-item.json', 'utf8')) as {
      paper: Record<string, unknown>;
    }[]
  )[0];
const paperObject = (): unknown =>
  JSON.parse(readFileSync('tests/fixtures/hf-api-paper-object.json', 'utf8'));

function server(answer: (url: URL) => unknown, status = 200) {
  const asked: string[] = [];
  const fetch = ((input: string | URL) => {
    asked.push(String(input));
    return Promise.resolve(
      new Response(JSON.stringify(answer(new URL(String(input)))), { status }),
    );
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const itemsNumbered = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const copy = item();
    copy.paper.id = `2603.${String(from + i).padStart(5, '0')}`;
    copy.paper.title = `Paper ${from + i}`;
    return copy;
  });

describe('fetchDay', () => {
  it('pages with limit and p until a page comes back short', async () => {
    const { fetch, asked } = server((url) => {
      const page = Number(url.searchParams.get('p'));
      return page < 2 ? itemsNumbered(page * 50, 50) : itemsNumbered(100, 7);
    });
    const papers = await fetchDay('2026-03-06', { fetch });
    expect(papers).toHaveLength(107);
    expect(asked).toEqual(
      [0, 1, 2].map(
        (p) => `https://huggingface.co/api/daily_papers?date=2026-03-06&limit=50&p=${p}`,
      ),
    );
  });

  it('stops when the server ignores p and repeats the same page', async () => {
    const { fetch, asked } = server(() => itemsNumbered(0, 50));
    expect(await fetchDay('2026-03-06', { fetch })).toHaveLength(50);
    expect(asked).toHaveLength(2);
  });

  it('fails with the located problem when an item has the wrong shape', async () => {
    const { fetch } = server(() => [
      ...itemsNumbered(0, 3),
      { paper: { id: '2512.01234', title: 42 } },
    ]);
    const error = await fetchDay('2026-03-06', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HfApiError);
    expect((error as HfApiError).kind).toBe('bad-shape');
    expect((error as HfApiError).message).toBe(
      "Hugging Face's answer is not in the expected shape: item 3 (2512.01234): paper.title: expected a string.",
    );
  });
});

describe('fetchPaper and searchPaperByTitle', () => {
  it('refreshes one paper, and answers null for an id Hugging Face does not know', async () => {
    const found = server(() => paperObject());
    expect(await fetchPaper('2407.13168', { fetch: found.fetch })).toMatchObject({ upvotes: 17 });
    expect(found.asked).toEqual(['https://huggingface.co/api/papers/2407.13168']);
    const missing = server(() => ({ error: 'Not found' }), 404);
    expect(await fetchPaper('2407.99999', { fetch: missing.fetch })).toBeNull();
  });

  it('accepts a search result only when the normalised titles agree', async () => {
    const { fetch, asked } = server(() => [paperObject()]);
    const match = await searchPaperByTitle(
      'scicode — a research coding benchmark, curated by scientists',
      { fetch },
    );
    expect(match).toMatchObject({ arxivId: '2407.13168' });
    expect(asked[0]).toMatch(/^https:\/\/huggingface\.co\/api\/papers\/search\?q=scicode/);
    expect(await searchPaperByTitle('SciCode: A Research Coding Benchmark', { fetch })).toBeNull();
  });
});
