import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { applyStoredRecords, loadCatalogueStore } from '@/features/feed/catalogue-query';
import { periodKey } from '@/features/feed/daily-period';
import type { DailyPeriod } from '@/features/feed/hf-endpoints';
import { HfApiError } from '@/features/feed/hf-errors';

export type DailyAnswer = {
  /** Stored ids of the period's papers, in the API's order. */
  ids: string[];
  fetchedAt: string;
  source: 'stored' | 'fetched';
};

export type Wait = { ms: number; reason: 'retry' | 'rate-limited' };

export const dailyQueryKey = (period: DailyPeriod, today: string) =>
  ['daily', period.kind, periodKey(period), today] as const;

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Fetches the period now and takes its papers into the catalogue on screen. */
export async function fetchPeriodNow(
  client: QueryClient,
  period: DailyPeriod,
  options: { signal?: AbortSignal; onWait?: (wait: Wait) => void } = {},
): Promise<DailyAnswer> {
  // The browser knows it has no network: say so at once rather than after the retries.
  if (offline()) throw new HfApiError('offline');
  const store = await loadCatalogueStore();
  const fetched = await store.fetchAndStorePeriod(period, options);
  applyStoredRecords(client, fetched.records);
  return { ids: fetched.ids, fetchedAt: fetched.fetchedAt, source: 'fetched' };
}

/**
 * A day, week or month of the feed: from the store when it is there (at once, and offline), else
 * fetched from the API and stored.
 */
export const dailyQueryOptions = (
  client: QueryClient,
  period: DailyPeriod,
  today: string,
  onWait?: (wait: Wait) => void,
) =>
  // The client and the wait callback only carry results out; they do not change what is fetched.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: dailyQueryKey(period, today),
    queryFn: async ({ signal }): Promise<DailyAnswer> => {
      const store = await loadCatalogueStore();
      const stored = await store.readPeriod(period, today).catch(() => null);
      if (stored) return { ...stored, source: 'stored' };
      return fetchPeriodNow(client, period, { signal, onWait });
    },
    staleTime: Infinity,
    // The client already retried what is worth retrying; the page offers "Try again".
    retry: false,
  });

/**
 * A period in Hugging Face's trending order: fetched fresh (the ranking moves through the day), and
 * when that fails, the order stored from the last time, which the page dates.
 */
export const trendingQueryOptions = (
  client: QueryClient,
  period: DailyPeriod,
  onWait?: (wait: Wait) => void,
) =>
  // As above: the client and the callback carry results out.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['daily', 'trending', period.kind, periodKey(period)] as const,
    queryFn: async ({ signal }): Promise<DailyAnswer> => {
      const store = await loadCatalogueStore();
      try {
        if (offline()) throw new HfApiError('offline');
        const fetched = await store.fetchAndStoreTrending(period, { signal, onWait });
        applyStoredRecords(client, fetched.records);
        return { ids: fetched.ids, fetchedAt: fetched.fetchedAt, source: 'fetched' };
      } catch (error) {
        const stored = await store.readTrending(period).catch(() => null);
        if (stored) return { ...stored, source: 'stored' };
        throw error;
      }
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
