import type { QueryClient } from '@tanstack/react-query';
import { createStore } from 'zustand/vanilla';
import { applyStoredRecords, currentCatalogue } from '@/features/feed/catalogue-query';
import { completePapers, needsCompleting, type CompleteSummary } from '@/features/feed/complete';
import type { Wait } from '@/features/feed/daily-query';
import type { PaperRecord } from '@/features/feed/paper-record';

export type CompleteRunState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; wait: Wait | null }
  | { phase: 'finished'; summary: CompleteSummary }
  | { phase: 'failed'; message: string };

/**
 * The one "Complete missing details" run of this tab. It lives outside any component, so moving
 * between pages neither stops it nor loses its summary.
 */
export const completeRun = createStore<CompleteRunState>(() => ({ phase: 'idle' }));

let controller: AbortController | null = null;

// Completed papers reach the list in batches: re-indexing once a second keeps typing smooth.
const FLUSH_MS = 1000;

/** Completes every paper on screen that lacks an arXiv id or authors, or only those of `ids`. */
export async function startCompleteRun(client: QueryClient, ids?: readonly string[]) {
  if (completeRun.getState().phase === 'running') return;
  const catalogue = currentCatalogue(client);
  if (!catalogue) {
    completeRun.setState({
      phase: 'failed',
      message: 'The catalogue has not loaded yet, so there is nothing to complete.',
    });
    return;
  }
  const only = ids ? new Set(ids) : null;
  const papers = catalogue.papers.filter(
    (paper) => needsCompleting(paper) && (only === null || only.has(paper.id)),
  );
  controller = new AbortController();
  completeRun.setState({ phase: 'running', done: 0, total: papers.length, wait: null });
  let pending: PaperRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    applyStoredRecords(client, pending);
    pending = [];
  };
  const update = (patch: Partial<Extract<CompleteRunState, { phase: 'running' }>>) => {
    const state = completeRun.getState();
    if (state.phase === 'running') completeRun.setState({ ...state, ...patch });
  };
  try {
    const summary = await completePapers(papers, {
      signal: controller.signal,
      onProgress: ({ done, total }) => update({ done, total }),
      onWait: (wait) => update({ wait }),
      onStored: (records) => {
        pending.push(...records);
        timer ??= setTimeout(flush, FLUSH_MS);
      },
    });
    completeRun.setState({ phase: 'finished', summary });
  } catch (error) {
    completeRun.setState({
      phase: 'failed',
      message: `The papers could not be completed: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    if (timer !== null) clearTimeout(timer);
    flush();
    controller = null;
  }
}

export function cancelCompleteRun() {
  controller?.abort();
}

export function dismissCompleteRun() {
  if (completeRun.getState().phase !== 'running') completeRun.setState({ phase: 'idle' });
}
