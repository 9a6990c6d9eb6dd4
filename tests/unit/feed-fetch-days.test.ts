import { describe, expect, it } from 'vitest';
import { fetchDays, type DayResult } from '@/features/feed/fetch-days';
import { HfApiError } from '@/features/feed/hf-errors';
import type { Paper } from '@/features/papers/schema';
import { blankPaper } from '../fixtures/paper';

/** A fetchDay whose answers the test releases one by one. */
function controllable() {
  const pending = new Map<
    string,
    { resolve: (papers: Paper[]) => void; reject: (e: Error) => void }
  >();
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchDay = (day: string, { signal }: { signal: AbortSignal }) =>
    new Promise<Paper[]>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const settle = () => (inFlight -= 1);
      pending.set(day, {
        resolve: (papers) => (settle(), resolve(papers)),
        reject: (error) => (settle(), reject(error)),
      });
      signal.addEventListener('abort', () => (settle(), reject(new HfApiError('cancelled'))));
    });
  return { fetchDay, pending, max: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];

describe('fetchDays', () => {
  it('keeps at most three requests in flight and reports progress day by day', async () => {
    const { fetchDay, pending, max } = controllable();
    const progress: string[] = [];
    const run = fetchDays(days, {
      fetchDay,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    await tick();
    expect([...pending.keys()]).toEqual(days.slice(0, 3));
    for (const day of days) {
      await tick();
      pending.get(day)!.resolve([blankPaper(day)]);
    }
    const results = await run;
    expect(max()).toBe(3);
    expect(progress).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(results.map((r) => r.ok && r.value[0].id)).toEqual(days);
  });

  it('keeps the days already fetched when one fails', async () => {
    const { fetchDay, pending } = controllable();
    const run = fetchDays(days.slice(0, 3), { fetchDay });
    await tick();
    pending.get('2026-03-01')!.resolve([blankPaper('a')]);
    pending.get('2026-03-02')!.reject(new HfApiError('http', { status: 500 }));
    pending.get('2026-03-03')!.resolve([blankPaper('c')]);
    const results = await run;
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { kind: 'http', status: 500 } });
  });

  it('stops promptly on cancel: requests in flight abort, the rest never start', async () => {
    const { fetchDay, pending } = controllable();
    const controller = new AbortController();
    const stored: DayResult<Paper[]>[] = [];
    const run = fetchDays(days, {
      fetchDay,
      signal: controller.signal,
      onDay: (r) => void stored.push(r),
    });
    await tick();
    pending.get('2026-03-01')!.resolve([blankPaper('a')]);
    await tick();
    controller.abort();
    const results = await run;
    expect(results.map((r) => (r.ok ? 'ok' : r.error.kind))).toEqual([
      'ok',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect([...pending.keys()]).toEqual(days.slice(0, 4));
    expect(stored.filter((r) => r.ok)).toHaveLength(1);
  });

  it('stops starting new days once the API rate-limits us', async () => {
    const asked: string[] = [];
    const fetchDay = (day: string) => {
      asked.push(day);
      return Promise.reject(new HfApiError('rate-limited', { retryAfterMs: 60_000 }));
    };
    const results = await fetchDays(days, { fetchDay, concurrency: 1 });
    expect(asked).toEqual(['2026-03-01']);
    expect(results.every((r) => !r.ok && r.error.kind === 'rate-limited')).toBe(true);
  });
});
