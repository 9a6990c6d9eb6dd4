import type { PaperColumns } from './paper-columns';
import type {
  SearchRequest,
  SearchResult,
  SimilarPaper,
  UserDataUpdate,
} from '@/features/search/types';
import type { RecommendAnswer, RecommendRequest } from '@/features/recommend/types';

/** Whether the index is complete; while `building`, searches are answered by a slower scan. */
export interface IndexStatus {
  state: 'empty' | 'building' | 'ready';
  indexed: number;
  total: number;
}

/** Main thread -> worker. Every request carries a sequence number its answer repeats. */
export type WorkerRequest =
  | { type: 'load'; seq: number; papers: PaperColumns }
  | { type: 'addPapers'; seq: number; papers: PaperColumns }
  | { type: 'setUserData'; seq: number; updates: readonly UserDataUpdate[] }
  | { type: 'setNewPapers'; seq: number; ids: readonly string[] }
  | { type: 'search'; seq: number; request: SearchRequest }
  | { type: 'similar'; seq: number; id: string; k: number }
  | { type: 'recommend'; seq: number; request: RecommendRequest };

/** Worker -> main thread. */
export type WorkerResponse =
  | { type: 'done'; seq: number }
  | { type: 'search'; seq: number; result: SearchResult }
  | { type: 'similar'; seq: number; similar: SimilarPaper[] }
  | { type: 'recommend'; seq: number; answer: RecommendAnswer }
  /** A newer search arrived before this one was run; only the newest is answered. */
  | { type: 'superseded'; seq: number }
  | { type: 'error'; seq: number; message: string }
  | { type: 'status'; status: IndexStatus }
  /** Sent once the worker listens: messages posted before a module worker has loaded can be lost. */
  | { type: 'listening' };
