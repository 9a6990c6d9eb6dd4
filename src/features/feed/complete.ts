import { putPapers } from '@/features/feed/catalogue-db';
import { catalogueDb } from '@/features/feed/catalogue-store';
import type { Wait } from '@/features/feed/daily-query';
import { fetchDays } from '@/features/feed/fetch-days';
import { searchPaperByTitle, type ClientOptions } from '@/features/feed/hf-client';
import type { HfApiError } from '@/features/feed/hf-errors';
import { arxivKey } from '@/features/feed/paper-merge';
import { toRecord, type PaperRecord } from '@/features/feed/paper-record';
import type { Paper } from '@/features/papers/schema';

/** A paper cited by a bare title: Hugging Face may know its authors and arXiv id. */
export const needsCompleting = (paper: Paper) =>
  paper.arxivId === null || paper.authors.length === 0;

/** What a completion gave the paper that it lacked. */
export type Added = { authors: boolean; arxivId: boolean };

export type CompleteResult =
  | { kind: 'not-found' }
  | {
      kind: 'completed';
      added: Added;
      /** The records written, or the found paper as a record kept in memory when the store refused it. */
      records: PaperRecord[];
      stored: boolean;
    };

export type CompleteOptions = {
  signal?: AbortSignal;
  onWait?: (wait: Wait) => void;
  /** The HTTP client's knobs; tests pass a fake fetch and shorten the waits. */
  client?: Omit<ClientOptions, 'signal' | 'onWait'>;
};

/**
 * Looks the paper up on Hugging Face by its exact title and stores what was found. The store merges
 * it into the paper it completes (by normalised title), and the catalogue folds it into the bundled
 * copy, whose id stays: bookmarks, notes and tags stay attached. A failed search throws its
 * {@link HfApiError} and stores nothing.
 */
export async function completePaper(
  paper: Paper,
  options: CompleteOptions = {},
): Promise<CompleteResult> {
  const found = await searchPaperByTitle(paper.title, {
    ...options.client,
    signal: options.signal,
    onWait: options.onWait,
  });
  if (!found) return { kind: 'not-found' };
  // A paper that has its own arXiv id and the match another is a second paper of the same title:
  // storing it would add that paper, not complete this one.
  if (paper.arxivId !== null && arxivKey(found) !== arxivKey(paper)) return { kind: 'not-found' };
  const added = {
    authors: paper.authors.length === 0 && found.authors.length > 0,
    arxivId: paper.arxivId === null && found.arxivId !== null,
  };
  const now = new Date((options.client?.now ?? Date.now)()).toISOString();
  try {
    const result = await putPapers(catalogueDb(), [found], { now });
    return { kind: 'completed', added, records: result.records, stored: true };
  } catch {
    return { kind: 'completed', added, records: [toRecord(found)], stored: false };
  }
}

/** "authors and arXiv id", "arXiv id", or '' when Hugging Face knew nothing more. */
export function describeAdded(added: Added): string {
  const parts = [added.authors && 'authors', added.arxivId && 'arXiv id'].filter(Boolean);
  return parts.join(' and ');
}

// These end the whole run; the papers they stopped are not failures of their own.
const STOPS = new Set<HfApiError['kind']>(['cancelled', 'offline', 'rate-limited']);

export type CompleteRunOptions = CompleteOptions & {
  /** Papers done of papers to do, after each paper (completed, not found or failed). */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Told when the API asks us to wait (429) or a retry waits; null once it goes on. */
  onWait?: (wait: Wait | null) => void;
  /** The records each completion wrote, as soon as they are committed. */
  onStored?: (records: readonly PaperRecord[]) => void;
  /** Requests in flight at once. */
  concurrency?: number;
};

export type CompleteSummary = {
  /** Papers to complete when the run started. */
  total: number;
  /** Ids of the papers completed. */
  completed: string[];
  /** Titles Hugging Face has no paper for. */
  notFound: string[];
  /** Papers completed on screen but not kept: the browser's storage refused the write. */
  notStored: number;
  failed: { id: string; title: string; message: string }[];
  /** What ended the run early (cancel, offline, rate limit), or null when every paper was tried. */
  stoppedBy: HfApiError | null;
};

/**
 * "Complete missing details": searches Hugging Face for each paper's title, a few at a time, and
 * stores each match as it arrives, so a cancel or a rate limit keeps the papers already completed.
 */
export async function completePapers(
  papers: readonly Paper[],
  options: CompleteRunOptions = {},
): Promise<CompleteSummary> {
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const ids = [...byId.keys()];
  const summary: CompleteSummary = {
    total: ids.length,
    completed: [],
    notFound: [],
    notStored: 0,
    failed: [],
    stoppedBy: null,
  };
  const results = await fetchDays(ids, {
    concurrency: options.concurrency,
    signal: options.signal,
    onProgress: options.onProgress,
    fetchDay: async (id, { signal }) => {
      const result = await completePaper(byId.get(id)!, {
        client: options.client,
        signal,
        onWait: (wait) => options.onWait?.(wait),
      });
      options.onWait?.(null);
      if (result.kind === 'completed') {
        if (!result.stored) summary.notStored += 1;
        options.onStored?.(result.records);
      }
      return result;
    },
  });
  for (const result of results) {
    const paper = byId.get(result.day)!;
    if (result.ok) {
      if (result.value.kind === 'completed') summary.completed.push(paper.id);
      else summary.notFound.push(paper.title);
    } else if (STOPS.has(result.error.kind)) summary.stoppedBy ??= result.error;
    else summary.failed.push({ id: paper.id, title: paper.title, message: result.error.message });
  }
  return summary;
}
