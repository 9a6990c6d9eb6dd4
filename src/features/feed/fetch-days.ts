import { HfApiError } from '@/features/feed/hf-errors';
import { mergePaper, sameContent } from '@/features/feed/paper-merge';
import type { Paper } from '@/features/papers/schema';
import { PaperIndex } from '@/features/transfer/import/paper-matching';

export type DayResult =
  { day: string; ok: true; papers: Paper[] } | { day: string; ok: false; error: HfApiError };

export type FetchDaysOptions = {
  fetchDay: (day: string, options: { signal: AbortSignal }) => Promise<Paper[]>;
  /** Requests in flight at once: the API is shared, so only a few. */
  concurrency?: number;
  signal?: AbortSignal;
  /** After each day, fetched or failed: `done` of `total`. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Each day as soon as it arrives, so it can be stored before the others finish. */
  onDay?: (result: DayResult) => void | Promise<void>;
};

const asHfError = (error: unknown) =>
  error instanceof HfApiError ? error : new HfApiError('offline', { cause: error });

// Once the API limits us or the network is gone, asking for the other days only makes it worse.
const STOPS_THE_RUN = new Set(['offline', 'rate-limited', 'cancelled']);

/**
 * Fetches days with at most `concurrency` requests in flight. A failed day is reported and the
 * others carry on; offline, rate-limited or cancelled stops the days not yet started, which are
 * reported with the same error. Results come back in the order of `days`.
 */
export async function fetchDays(
  days: readonly string[],
  { fetchDay, concurrency = 3, signal, onProgress, onDay }: FetchDaysOptions,
): Promise<DayResult[]> {
  const results = new Array<DayResult>(days.length);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let next = 0;
  let done = 0;
  let stop: HfApiError | null = signal?.aborted ? new HfApiError('cancelled') : null;

  const finish = async (index: number, result: DayResult) => {
    results[index] = result;
    done += 1;
    await onDay?.(result);
    onProgress?.({ done, total: days.length });
  };

  async function worker() {
    while (next < days.length && stop === null && !controller.signal.aborted) {
      const index = next++;
      const day = days[index];
      try {
        await finish(index, {
          day,
          ok: true,
          papers: await fetchDay(day, { signal: controller.signal }),
        });
      } catch (error) {
        const failure = controller.signal.aborted ? new HfApiError('cancelled') : asHfError(error);
        if (STOPS_THE_RUN.has(failure.kind)) stop ??= failure;
        await finish(index, { day, ok: false, error: failure });
      }
    }
  }

  try {
    onProgress?.({ done: 0, total: days.length });
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(concurrency, days.length)) }, worker),
    );
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  // Days never started are reported with what stopped the run, so none goes missing.
  return days.map(
    (day, index) =>
      results[index] ?? { day, ok: false, error: stop ?? new HfApiError('cancelled') },
  );
}

export type FetchSummary = { newPapers: number; updatedPapers: number; failedDays: string[] };

/**
 * "N new papers, M updated" for what a run brought, against the papers stored before it: a paper
 * is new when no stored one is the same paper (arXiv id, else normalised title), updated when
 * merging it changes the stored record.
 */
export function summariseFetch(
  existing: Iterable<Paper>,
  results: readonly DayResult[],
): FetchSummary {
  const index = new PaperIndex(existing);
  const counted = new PaperIndex([]);
  let newPapers = 0;
  let updatedPapers = 0;
  for (const result of results) {
    if (!result.ok) continue;
    for (const paper of result.papers) {
      if (counted.match(paper)) continue; // the same paper on two days counts once
      counted.add(paper);
      const stored = index.match(paper);
      if (!stored) newPapers += 1;
      else if (!sameContent(stored, mergePaper(stored, paper))) updatedPapers += 1;
    }
  }
  const failedDays = results.filter((result) => !result.ok).map((result) => result.day);
  return { newPapers, updatedPapers, failedDays };
}
