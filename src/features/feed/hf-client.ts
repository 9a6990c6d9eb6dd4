import { fetchJson, type FetchJsonOptions } from '@/features/feed/fetch-json';
import { parseFeedAnswer, parsePaper } from '@/features/feed/hf-api-schema';
import {
  dailyPapersUrl,
  paperSearchUrl,
  paperUrl,
  type DailyPeriod,
  type DailyQuery,
} from '@/features/feed/hf-endpoints';
import { HfApiError } from '@/features/feed/hf-errors';
import type { Paper } from '@/features/papers/schema';
import { normaliseTitle } from '@/features/transfer/import/paper-matching';

export type ClientOptions = FetchJsonOptions & {
  sort?: DailyQuery['sort'];
  /** Papers per page; the API's own default. */
  pageSize?: number;
  /** A server that ignores `p` must not keep us paging forever. */
  maxPages?: number;
};

export const PAGE_SIZE = 50;
const MAX_PAGES = 40;

const fetchedAt = (options: ClientOptions) => new Date((options.now ?? Date.now)()).toISOString();

async function fetchPapers(url: string, options: ClientOptions, day?: string): Promise<Paper[]> {
  const answer = await fetchJson(url, options);
  const parsed = parseFeedAnswer(answer, { fetchedAt: fetchedAt(options), ...(day && { day }) });
  if (!parsed.ok) throw new HfApiError('bad-shape', { url, problem: parsed.message });
  return parsed.papers;
}

/** Every paper of a day, week or month, page after page until a page comes back short. */
export async function fetchPeriod(
  period: DailyPeriod,
  options: ClientOptions = {},
): Promise<Paper[]> {
  const limit = options.pageSize ?? PAGE_SIZE;
  const day = period.kind === 'day' ? period.date : undefined;
  const byId = new Map<string, Paper>();
  for (let page = 0; page < (options.maxPages ?? MAX_PAGES); page += 1) {
    const url = dailyPapersUrl(period, {
      limit,
      page,
      ...(options.sort && { sort: options.sort }),
    });
    const papers = await fetchPapers(url, options, day);
    const before = byId.size;
    for (const paper of papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
    // A short page is the last; a page with nothing new means the server ignored `p`.
    if (papers.length < limit || byId.size === before) break;
  }
  return [...byId.values()];
}

export const fetchDay = (date: string, options: ClientOptions = {}) =>
  fetchPeriod({ kind: 'day', date }, options);

/** One paper, fresh (upvotes, stars, links); null when Hugging Face does not know the id. */
export async function fetchPaper(arxivId: string, options: FetchJsonOptions = {}) {
  const url = paperUrl(arxivId);
  let answer: unknown;
  try {
    answer = await fetchJson(url, options);
  } catch (error) {
    if (error instanceof HfApiError && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
  const parsed = parsePaper(answer, { fetchedAt: fetchedAt(options) });
  if (!parsed.ok) throw new HfApiError('bad-shape', { url, problem: parsed.message });
  return parsed.paper;
}

/**
 * The paper Hugging Face has under this title, or null. Search ranks loosely, so only a result whose
 * normalised title is the same is accepted: a near miss would attach the wrong authors and arXiv id.
 */
export async function searchPaperByTitle(
  title: string,
  options: FetchJsonOptions = {},
): Promise<Paper | null> {
  const wanted = normaliseTitle(title);
  if (!wanted) return null;
  const papers = await fetchPapers(paperSearchUrl(title), options);
  return papers.find((paper) => normaliseTitle(paper.title) === wanted) ?? null;
}
