import type { QueryClient } from '@tanstack/react-query';
import { createStore } from 'zustand/vanilla';
import { isSeedCopy } from '@/features/feed/catalogue';
import { applyStoredRecords, currentCatalogue } from '@/features/feed/catalogue-query';
import type { Wait } from '@/features/feed/daily-query';
import { fetchNewPapers, type FetchNewSummary } from '@/features/feed/fetch-new';
import { utcDay } from '@/features/feed/hf-endpoints';
import type { PaperRecord } from '@/features/feed/paper-record';

export type FetchRunState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number | null; wait: Wait | null }
  | { phase: 'finished'; summary: FetchNewSummary }
  | { phase: 'failed'; message: string };

/**
 * The one "Fetch new papers" run of this tab. It lives outside any component, so moving between
 * pages neither stops it nor loses its summary.
 */
export const fetchRun = createStore<FetchRunState>(() => ({ phase: 'idle' }));

let controller: AbortController | null = null;

// Fetched days reach the list in batches: re-indexing once a second keeps typing smooth.
const FLUSH_MS = 1000;

export async function startFetchRun(client: QueryClient, start?: string) {
  if (fetchRun.getState().phase === 'running') return;
  controller = new AbortController();
  fetchRun.setState({ phase: 'running', done: 0, total: null, wait: null });
  let pending: PaperRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    applyStoredRecords(client, pending);
    pending = [];
  };
  const update = (patch: Partial<Extract<FetchRunState, { phase: 'running' }>>) => {
    const state = fetchRun.getState();
    if (state.phase === 'running') fetchRun.setState({ ...state, ...patch });
  };
  try {
    const summary = await fetchNewPapers({
      today: utcDay(new Date()),
      start,
      signal: controller.signal,
      onProgress: ({ done, total }) => update({ done, total }),
      onWait: (wait) => update({ wait }),
      isKnown: (record) => {
        const catalogue = currentCatalogue(client);
        return catalogue !== undefined && isSeedCopy(catalogue, record);
      },
      onStored: (records) => {
        pending.push(...records);
        timer ??= setTimeout(flush, FLUSH_MS);
      },
    });
    fetchRun.setState({ phase: 'finished', summary });
  } catch (error) {
    fetchRun.setState({
      phase: 'failed',
      message: `The catalogue store could not be read, so nothing was fetched: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    if (timer !== null) clearTimeout(timer);
    flush();
    controller = null;
    // Day pages read the store first: the days just fetched open from it.
    void client.invalidateQueries({ queryKey: ['daily'] });
  }
}

export function cancelFetchRun() {
  controller?.abort();
}

export function dismissFetchRun() {
  if (fetchRun.getState().phase !== 'running') fetchRun.setState({ phase: 'idle' });
}
