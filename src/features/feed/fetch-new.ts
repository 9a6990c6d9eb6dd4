import { newestStoredDay } from '@/features/feed/catalogue-db';
import { catalogueDb, fetchAndStoreDay } from '@/features/feed/catalogue-store';
import { fetchDays } from '@/features/feed/fetch-days';
import type { Wait } from '@/features/feed/daily-query';
import { daysToFetch } from '@/features/feed/hf-endpoints';
import type { HfApiError } from '@/features/feed/hf-errors';
import type { ClientOptions } from '@/features/feed/hf-client';
import type { PaperRecord } from '@/features/feed/paper-record';

// These end the whole run; the days they stopped are not failures of their own.
const STOPS = new Set<HfApiError['kind']>(['cancelled', 'offline', 'rate-limited']);

export type FetchNewOptions = {
  today: string;
  /** A start the reader picked; else the day after the newest stored one, at most 30 days back. */
  start?: string;
  signal?: AbortSignal;
  /** Days done of days to do, after each day (fetched or failed). */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Told when the API asks us to wait (429) or a retry waits. */
  onWait?: (wait: Wait | null) => void;
  /** The records each day wrote, as soon as they are committed. */
  onStored?: (records: readonly PaperRecord[]) => void;
  /**
   * True for a paper the reader already has outside the store (the bundled seed): the store adds it,
   * but for the reader it is an update, not a new paper.
   */
  isKnown?: (record: PaperRecord) => boolean;
  /** The HTTP client's knobs; tests shorten the waits. */
  client?: Omit<ClientOptions, 'signal' | 'onWait'>;
};

export type FetchNewSummary = {
  days: number;
  fetchedDays: string[];
  newPapers: number;
  updatedPapers: number;
  /** Papers shown but not kept: the browser's storage refused the write. */
  notStored: number;
  failed: { day: string; message: string }[];
  /** What ended the run early (cancel, offline, rate limit), or null when every day was tried. */
  stoppedBy: HfApiError | null;
};

/**
 * "Fetch new papers": every day after the newest stored one, up to today (at most the last 30 days
 * unless the reader picked an earlier start), a few requests at a time. Each day is stored in its
 * own transaction as it arrives, so a failure or a cancel keeps the days already fetched.
 */
export async function fetchNewPapers(options: FetchNewOptions): Promise<FetchNewSummary> {
  const newestStored = await newestStoredDay(catalogueDb());
  const days = daysToFetch({ newestStored, today: options.today, start: options.start });
  const summary: FetchNewSummary = {
    days: days.length,
    fetchedDays: [],
    newPapers: 0,
    updatedPapers: 0,
    notStored: 0,
    failed: [],
    stoppedBy: null,
  };
  const results = await fetchDays(days, {
    signal: options.signal,
    onProgress: options.onProgress,
    fetchDay: async (day, { signal }) => {
      const fetched = await fetchAndStoreDay(day, {
        ...options.client,
        signal,
        onWait: (wait) => options.onWait?.(wait),
      });
      options.onWait?.(null);
      if (fetched.result) {
        const added = new Set(fetched.result.addedIds);
        const known = fetched.records.filter(
          (record) => added.has(record.id) && options.isKnown?.(record),
        ).length;
        summary.newPapers += fetched.result.added - known;
        summary.updatedPapers += fetched.result.updated + known;
      } else {
        summary.notStored += fetched.records.length;
      }
      options.onStored?.(fetched.records);
      return fetched;
    },
  });
  for (const result of results) {
    if (result.ok) summary.fetchedDays.push(result.day);
    else if (STOPS.has(result.error.kind)) summary.stoppedBy ??= result.error;
    else summary.failed.push({ day: result.day, message: result.error.message });
  }
  return summary;
}
