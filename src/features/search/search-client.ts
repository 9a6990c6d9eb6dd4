import type { Paper } from '@/features/papers/paper-schema';
import { toColumns } from './paper-columns';
import { createSearchEngine, type SearchEngine } from './search-engine';
import type { SearchRequest, SearchResult, SimilarPaper, UserDataUpdate } from './search-types';
import type { IndexStatus, WorkerRequest, WorkerResponse } from './worker-protocol';

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
  setUserData(updates: readonly UserDataUpdate[]): Promise<void>;
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
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'seq'> : never) : never;

const unexpected = (response: WorkerResponse) => new Error(`Unexpected answer from the search worker: ${response.type}`);

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
  return useWorker ? workerClient(papers, setStatus, base) : inProcessClient(papers, setStatus, base);
}

type Base = Pick<SearchClient, 'paperAt' | 'getStatus' | 'subscribe'>;

function inProcessClient(papers: Paper[], setStatus: (status: IndexStatus) => void, base: Base): SearchClient {
  let engine: SearchEngine | null = null;
  const ready = () => {
    if (!engine) throw new Error('Load papers before searching');
    return engine;
  };
  const run = <T>(task: () => T) => new Promise<T>((resolve) => resolve(task()));
  return {
    ...base,
    load: (list) =>
      run(() => {
        papers.splice(0, papers.length, ...list);
        engine = createSearchEngine(list);
        setStatus({ state: 'ready', indexed: list.length, total: list.length });
      }),
    search: (request) => run(() => ready().search(request)),
    similar: (id, k = 5) => run(() => ready().similar(id, k)),
    setUserData: (updates) => run(() => ready().setUserData(updates)),
    addPapers: (list) =>
      run(() => {
        ready().addPapers(list);
        papers.push(...list);
        setStatus({ state: 'ready', indexed: papers.length, total: papers.length });
      }),
    dispose: () => void (engine = null),
  };
}

function workerClient(papers: Paper[], setStatus: (status: IndexStatus) => void, base: Base): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
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
      worker.postMessage(message);
    });
  const done = async (request: Request) => {
    const response = await send(request);
    if (response.type !== 'done') throw unexpected(response);
  };
  return {
    ...base,
    load: (list) => {
      papers.splice(0, papers.length, ...list);
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
    setUserData: (updates) => done({ type: 'setUserData', updates }),
    addPapers: (list) => {
      papers.push(...list);
      return done({ type: 'addPapers', papers: toColumns(list) });
    },
    dispose: () => {
      worker.terminate();
      pending.forEach(({ reject }) => reject(new Error('Search client disposed')));
      pending.clear();
    },
  };
}
