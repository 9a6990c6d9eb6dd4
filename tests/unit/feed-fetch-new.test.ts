import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueDb } from '@/features/feed/catalogue-store';
import { countPapers, getDay, storeDay } from '@/features/feed/catalogue-db';
import { fetchNewPapers } from '@/features/feed/fetch-new';
import { blankPaper } from '../fixtures/paper';

// The real `daily_papers` item the API answered with (a copy of the shared sample).
const SAMPLE = (
  JSON.parse(readFileSync('tests/fixtures/hf-api-daily-papers-item.json', 'utf8')) as unknown[]
)[0] as Record<string, unknown> & { paper: Record<string, unknown> };

/** The sample item as another paper of `day`. */
function item(day: string, n: number) {
  const id = `26${day.slice(5, 7)}.${String(Number(day.slice(8)) * 100 + n).padStart(5, '0')}`;
  const title = `Paper ${n} of ${day}`;
  return {
    ...SAMPLE,
    title,
    paper: { ...SAMPLE.paper, id, title, submittedOnDailyAt: `${day}T04:00:00.000Z` },
  };
}

type Answer = (day: string) => Response | Promise<Response>;

function stubApi(answer: Answer) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input);
    const day = url.searchParams.get('date') ?? '';
    asked.push(day);
    return answer(day);
  });
  return asked;
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init });

const fast = { retries: 0, rateLimitRetries: 0, baseDelayMs: 1, timeoutMs: 2000 };

afterEach(async () => {
  vi.unstubAllGlobals();
  await catalogueDb().papers.clear();
  await catalogueDb().days.clear();
});

describe('fetchNewPapers', () => {
  it('fetches the days after the newest stored one, stores each, and counts new and updated papers', async () => {
    await storeDay(
      catalogueDb(),
      '2026-03-03',
      [blankPaper('old', { title: 'Paper 1 of 2026-03-05' })],
      '2026-03-03T10:00:00.000Z',
    );
    const asked = stubApi((day) => json([item(day, 1), item(day, 2)]));
    const progress: string[] = [];
    const summary = await fetchNewPapers({
      today: '2026-03-06',
      client: fast,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(asked.sort()).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    // "Paper 1 of 2026-03-05" was stored already under its title: it is updated, not new.
    expect(summary).toMatchObject({
      days: 3,
      newPapers: 5,
      updatedPapers: 1,
      failed: [],
      stoppedBy: null,
    });
    expect(await countPapers(catalogueDb())).toBe(6);
    expect((await getDay(catalogueDb(), '2026-03-05'))?.papers).toHaveLength(2);
  });

  it('counts a paper the reader already has outside the store (the bundled seed) as updated, not new', async () => {
    stubApi((day) => json([item(day, 1), item(day, 2)]));
    const summary = await fetchNewPapers({
      today: '2026-03-06',
      start: '2026-03-06',
      client: fast,
      isKnown: (record) => record.paper.title === 'Paper 2 of 2026-03-06',
    });
    expect(summary).toMatchObject({ newPapers: 1, updatedPapers: 1 });
  });

  it('keeps the days already fetched when one answers garbage, and names the day and the problem', async () => {
    stubApi((day) =>
      day === '2026-03-05'
        ? new Response('<html>oops</html>', { status: 200 })
        : json([item(day, 1)]),
    );
    const summary = await fetchNewPapers({
      today: '2026-03-06',
      start: '2026-03-04',
      client: fast,
    });
    expect(summary.fetchedDays.sort()).toEqual(['2026-03-04', '2026-03-06']);
    expect(summary.failed).toEqual([
      { day: '2026-03-05', message: expect.stringContaining('not JSON') as string },
    ]);
    expect(await getDay(catalogueDb(), '2026-03-05')).toBeNull();
    expect(await countPapers(catalogueDb())).toBe(2);
  });

  it('stops on HTTP 429 with the wait the server asked for, keeping what arrived before', async () => {
    stubApi((day) =>
      day === '2026-03-02'
        ? new Response('slow down', { status: 429, headers: { 'Retry-After': '120' } })
        : json([item(day, 1)]),
    );
    const summary = await fetchNewPapers({
      today: '2026-03-06',
      start: '2026-03-01',
      client: { ...fast, maxRetryAfterMs: 1000 },
    });
    expect(summary.stoppedBy?.kind).toBe('rate-limited');
    expect(summary.stoppedBy?.message).toContain('2 minutes');
    expect(summary.fetchedDays).toContain('2026-03-01');
    expect(summary.fetchedDays.length).toBeLessThan(6);
  });

  it('on cancel keeps every day stored so far and reports the run as cancelled', async () => {
    const controller = new AbortController();
    let answered = 0;
    stubApi((day) => {
      answered += 1;
      if (answered === 4) controller.abort();
      return json([item(day, 1)]);
    });
    const summary = await fetchNewPapers({
      today: '2026-03-30',
      start: '2026-03-01',
      signal: controller.signal,
      client: fast,
    });
    expect(summary.stoppedBy?.kind).toBe('cancelled');
    expect(summary.fetchedDays.length).toBeGreaterThan(0);
    expect(summary.fetchedDays.length).toBeLessThan(30);
    expect(await countPapers(catalogueDb())).toBe(summary.newPapers);
  });
});
