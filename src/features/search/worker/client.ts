import type { Paper } from '@/features/papers/schema';
import { toColumns } from './paper-columns';
import type { SearchEngine } from '@/features/search/engine';
import type {
  SearchRequest,
  SearchResult,
  SimilarPaper,
  UserDataUpdate,
} from '@/features/search/types';
import type { RecommendAnswer, RecommendRequest } from '@/features/recommend/types';
import type { IndexStatus, WorkerRequest, WorkerResponse } from './protocol';

/** A search that a newer search replaced before it ran; callers can ignore it. */
export class SupersededError extends Error {
  constructor() {
    super('A newer search replaced this one');
    this.name = 'SupersededError';
  }
}

export interface SearchClient {
  /** Indexes the catalogue; resolves when the index is complete (searches work before that). */
  load(papers: readonly Paper[]): Promise<void>;
  /** Rejects with `SupersededError` when a newer search overtook it. */
  search(request: SearchRequest): Promise<SearchResult>;
  similar(id: string, k?: number): Promise<SimilarPaper[]>;
  /** The "For you" model's summary, or why it ranks a paper where it does. */
  recommend(request: RecommendRequest): Promise<RecommendAnswer>;
  setUserData(updates: readonly UserDataUpdate[]): Promise<void>;
  /** The papers that arrived since the reader's previous visit, by id (`is:new`). */
  setNewPapers(ids: readonly string[]): Promise<void>;
  addPapers(papers: readonly Paper[]): Promise<void>;
  /** The paper behind a document number of `SearchResult.docs`. */
  paperAt(doc: number): Paper | undefined;
  getStatus(): IndexStatus;
  /** For useSyncExternalStore: called whenever `getStatus()` changes. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

type Pending = { resolve: (response: WorkerResponse) => void; reject: (error: Error) => void };
/** A request before the client numbers it. */
type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'seq'>
    : never
  : never;

const unexpected = (response: WorkerResponse) =>
  new Error(`Unexpected answer from the search worker: ${response.type}`);

/**
 * The search engine behind promises: in a Web Worker when the platform has workers, else
 * (tests, jsdom) in-process. Document numbers follow load/add order on both sides, so the
 * client maps them back to papers from its own copy of the list without any id traffic.
 */
export function createSearchClient(options: { useWorker?: boolean } = {}): SearchClient {
  const papers: Paper[] = [];
  const listeners = new Set<() => void>();
  let status: IndexStatus = { state: 'empty', indexed: 0, total: 0 };
  const setStatus = (next: IndexStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };
  const base = {
    paperAt: (doc: number) => papers[doc],
    getStatus: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const useWorker = options.useWorker ?? typeof Worker !== 'undefined';
  return useWorker
    ? workerClient(papers, setStatus, base)
    : inProcessClient(papers, setStatus, base);
}

type Base = Pick<SearchClient, 'paperAt' | 'getStatus' | 'subscribe'>;

function inProcessClient(
  papers: Paper[],
  setStatus: (status: IndexStatus) => void,
  base: Base,
): SearchClient {
  // The engine module is loaded on demand, so pages with workers never ship it in their first bundle.
  let engine: SearchEngine | null = null;
  let newIds: readonly string[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const ready = () => {
    if (!engine) throw new Error('Load papers before searching');
    return engine;
  };
  // One task at a time, in the order asked, as the worker would run them.
  const run = <T>(task: () => T | Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    ...base,
    load: (list) =>
      run(async () => {
        const { createSearchEngine } = await import('@/features/search/engine');
        replaceAll(papers, list);
        engine = createSearchEngine(list);
        engine.setNewPapers(newIds);
        setStatus({ state: 'ready', indexed: list.length, total: list.length });
      }),
    search: (request) => run(() => ready().search(request)),
    similar: (id, k = 5) => run(() => ready().similar(id, k)),
    recommend: (request) => run(() => ready().recommend(request)),
    setUserData: (updates) => run(() => ready().setUserData(updates)),
    setNewPapers: (ids) =>
      run(() => {
        newIds = ids;
        engine?.setNewPapers(ids);
      }),
    addPapers: (list) =>
      run(() => {
        ready().addPapers(list);
        appendAll(papers, list);
        setStatus({ state: 'ready', indexed: papers.length, total: papers.length });
      }),
    dispose: () => void (engine = null),
  };
}

function workerClient(
  papers: Paper[],
  setStatus: (status: IndexStatus) => void,
  base: Base,
): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let seq = 0;
  const failAll = (error: Error) => {
    pending.forEach(({ reject }) => reject(error));
    pending.clear();
  };
  // A worker that fails to start or crashes would otherwise leave every promise pending.
  worker.onerror = (event) => failAll(new Error(`Search worker failed: ${event.message}`));
  // Requests wait until the worker says it listens (see protocol.ts).
  let outbox: WorkerRequest[] | null = [];
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'listening') {
      outbox?.forEach((queued) => worker.postMessage(queued));
      outbox = null;
      return;
    }
    if (message.type === 'status') return setStatus(message.status);
    const waiting = pending.get(message.seq);
    pending.delete(message.seq);
    if (message.type === 'superseded') waiting?.reject(new SupersededError());
    else if (message.type === 'error') waiting?.reject(new Error(message.message));
    else waiting?.resolve(message);
  };
  const send = (request: Request) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const message: WorkerRequest = { ...request, seq: ++seq };
      pending.set(message.seq, { resolve, reject });
      if (outbox) outbox.push(message);
      else worker.postMessage(message);
    });
  const done = async (request: Request) => {
    const response = await send(request);
    if (response.type !== 'done') throw unexpected(response);
  };
  return {
    ...base,
    load: (list) => {
      replaceAll(papers, list);
      return done({ type: 'load', papers: toColumns(list) });
    },
    search: async (request) => {
      const response = await send({ type: 'search', request });
      if (response.type !== 'search') throw unexpected(response);
      return response.result;
    },
    similar: async (id, k = 5) => {
      const response = await send({ type: 'similar', id, k });
      if (response.type !== 'similar') throw unexpected(response);
      return response.similar;
    },
    recommend: async (request) => {
      const response = await send({ type: 'recommend', request });
      if (response.type !== 'recommend') throw unexpected(response);
      return response.answer;
    },
    setUserData: (updates) => done({ type: 'setUserData', updates }),
    setNewPapers: (ids) => done({ type: 'setNewPapers', ids }),
    addPapers: (list) => {
      appendAll(papers, list);
      return done({ type: 'addPapers', papers: toColumns(list) });
    },
    dispose: () => {
      worker.terminate();
      failAll(new Error('Search client disposed'));
    },
  };
}

// Loops, not spread arguments: spreading 100,000+ papers into one call overflows the stack.
function appendAll(target: Paper[], list: readonly Paper[]) {
  for (const paper of list) target.push(paper);
}

function replaceAll(target: Paper[], list: readonly Paper[]) {
  target.length = 0;
  appendAll(target, list);
}
