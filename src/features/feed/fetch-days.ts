import { HfApiError } from '@/features/feed/hf-errors';

/** What one day's task gave: its value, or the error it failed with. */
export type DayResult<T> =
  { day: string; ok: true; value: T } | { day: string; ok: false; error: HfApiError };

export type FetchDaysOptions<T> = {
  /** One day's task: fetch it, and usually store it. */
  fetchDay: (day: string, options: { signal: AbortSignal }) => Promise<T>;
  /** Requests in flight at once: the API is shared, so only a few. */
  concurrency?: number;
  signal?: AbortSignal;
  /** After each day, fetched or failed: `done` of `total`. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Each day as soon as it arrives, so it can be stored before the others finish. */
  onDay?: (result: DayResult<T>) => void | Promise<void>;
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
export async function fetchDays<T>(
  days: readonly string[],
  { fetchDay, concurrency = 3, signal, onProgress, onDay }: FetchDaysOptions<T>,
): Promise<DayResult<T>[]> {
  const results = new Array<DayResult<T>>(days.length);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let next = 0;
  let done = 0;
  let stop: HfApiError | null = signal?.aborted ? new HfApiError('cancelled') : null;

  const finish = async (index: number, result: DayResult<T>) => {
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
          value: await fetchDay(day, { signal: controller.signal }),
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
