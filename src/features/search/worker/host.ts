import { fromColumns } from './paper-columns';
import { BUILD_STEP_DOCS, createSearchEngine, type SearchEngine } from '@/features/search/engine';
import type { IndexStatus, WorkerRequest, WorkerResponse } from './protocol';

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** Runs `task` after the messages already queued: a MessageChannel hop, unclamped unlike setTimeout. */
export function createYielder(): (task: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (task) => void setTimeout(task, 0);
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
}

/**
 * The engine behind the worker boundary: builds the index in steps between which messages are
 * handled, and answers only the newest of several queued searches. Framework- and Worker-free,
 * so it runs the same in a worker, a test or a script.
 */
/** How long the worker must go without a request before it computes orders ahead of need. */
export const PREPARE_IDLE_MS = 1000;
/** Between two such steps: room for a request to come in. */
const PREPARE_GAP_MS = 50;

export function createWorkerHost(
  post: Post,
  defer = createYielder(),
  stepDocs = BUILD_STEP_DOCS,
  idleMs = PREPARE_IDLE_MS,
) {
  let engine: SearchEngine | null = null;
  let loadSeq: number | null = null;
  let pendingSearch: Extract<WorkerRequest, { type: 'search' }> | null = null;
  let newIds: readonly string[] = [];

  const status = (): IndexStatus =>
    engine
      ? { state: engine.ready ? 'ready' : 'building', ...engine.progress }
      : { state: 'empty', indexed: 0, total: 0 };

  // Once the index is built, the other sort orders are computed while the reader is not searching: each is
  // one uninterrupted step (up to ~100 ms at 100,000 papers), so the first waits for a quiet moment, the rest
  // follow it a little apart, and a new request puts them off again.
  let preparing: ReturnType<typeof setTimeout> | null = null;
  const prepareWhenIdle = (delay = idleMs) => {
    if (preparing !== null) clearTimeout(preparing);
    preparing = setTimeout(() => {
      preparing = null;
      if (engine?.prepareStep()) prepareWhenIdle(PREPARE_GAP_MS);
    }, delay);
  };

  const build = () => {
    if (!engine) return;
    // Already ready when a request (similar) needed the whole index and finished it early.
    const done = engine.ready || engine.buildStep(stepDocs);
    post({ type: 'status', status: status() });
    if (done && loadSeq !== null) {
      post({ type: 'done', seq: loadSeq });
      loadSeq = null;
    }
    if (done) prepareWhenIdle();
    else defer(build);
  };

  const runSearch = () => {
    const request = pendingSearch;
    pendingSearch = null;
    if (!request) return;
    if (!engine) return post({ type: 'error', seq: request.seq, message: 'No papers loaded' });
    const result = engine.search(request.request);
    post({ type: 'search', seq: request.seq, result }, [result.docs.buffer]);
  };

  const handle = (message: WorkerRequest) => {
    switch (message.type) {
      case 'load':
        engine = createSearchEngine(fromColumns(message.papers), { deferIndex: true });
        engine.setNewPapers(newIds);
        if (loadSeq !== null) post({ type: 'superseded', seq: loadSeq });
        loadSeq = message.seq;
        post({ type: 'status', status: status() });
        // The first step runs before any search: the scan then has a dictionary for typos.
        build();
        return;
      case 'search':
        if (pendingSearch) post({ type: 'superseded', seq: pendingSearch.seq });
        pendingSearch = message;
        defer(runSearch);
        return;
      case 'recommend':
        if (!engine) return post({ type: 'error', seq: message.seq, message: 'No papers loaded' });
        return post({
          type: 'recommend',
          seq: message.seq,
          answer: engine.recommend(message.request),
        });
      case 'setNewPapers':
        // Kept here too: a later 'load' starts a new engine, and what is new has not changed.
        newIds = message.ids;
        engine?.setNewPapers(newIds);
        return post({ type: 'done', seq: message.seq });
      case 'addPapers':
      case 'setUserData':
      case 'similar':
        if (!engine) return post({ type: 'error', seq: message.seq, message: 'No papers loaded' });
        if (message.type === 'addPapers') engine.addPapers(fromColumns(message.papers));
        if (message.type === 'setUserData') engine.setUserData(message.updates);
        if (message.type === 'similar')
          return post({
            type: 'similar',
            seq: message.seq,
            similar: engine.similar(message.id, message.k),
          });
        if (message.type === 'addPapers') post({ type: 'status', status: status() });
        return post({ type: 'done', seq: message.seq });
    }
  };

  return {
    receive(message: WorkerRequest) {
      // Work ahead of need waits until requests stop coming.
      if (preparing !== null || engine?.ready) prepareWhenIdle();
      try {
        handle(message);
      } catch (error) {
        post({
          type: 'error',
          seq: message.seq,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
