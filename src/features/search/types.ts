import type { ReadingStatus } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';
import type { Filters } from '@/features/search/facets/filters';
import type { ForYouInfo, Rating } from '@/features/recommend/types';

/** What the engine reads of a paper; any `Paper` is one. */
export type SearchablePaper = Pick<
  Paper,
  | 'id'
  | 'title'
  | 'abstract'
  | 'organization'
  | 'authors'
  | 'topics'
  | 'publishedAt'
  | 'comments'
  | 'upvotes'
  | 'codeUrl'
>;

export const SORTS = [
  'relevance',
  'newest',
  'oldest',
  'discussed',
  'upvotes',
  'title',
  'for-you',
  'trending',
] as const;
export type Sort = (typeof SORTS)[number];

/** The sorts of a list over the whole catalogue; "trending" is the feed's own order, for a day, week or month. */
export const CATALOGUE_SORTS: readonly Sort[] = SORTS.filter((sort) => sort !== 'trending');

export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  oldest: 'Oldest',
  discussed: 'Most discussed',
  upvotes: 'Most upvoted',
  title: 'Title',
  'for-you': 'For you',
  trending: 'Trending on Hugging Face',
};

export function isSort(value: string | null | undefined): value is Sort {
  return SORTS.some((sort) => sort === value);
}

export interface SearchRequest {
  /** What the user typed: words, "phrases", -exclusions and field filters such as org:kyutai. */
  text: string;
  /** Facet values chosen outside the text (URL params); combined with the text's own filters. */
  filters: Filters;
  /** null: relevance while there are words to rank by, newest otherwise. */
  sort: Sort | null;
  /** 'library': only papers with a reading status; 'unseen': only papers the reader has done nothing with. */
  scope: 'all' | 'library' | 'unseen';
  /** Only these papers (by id), e.g. one day of the feed; absent: the whole catalogue. The "trending" sort keeps their order. */
  within?: readonly string[];
}

/** A problem in the query text, with the span it covers, for an inline hint. */
export interface QueryHint {
  message: string;
  start: number;
  end: number;
}

export interface FacetOption {
  /** Canonical value, as used in `Filters` and URL params. */
  value: string;
  label: string;
  /** Papers this option would give, with every other facet's filters applied. */
  count: number;
  selected: boolean;
}

export interface Facets {
  org: FacetOption[];
  year: FacetOption[];
  topic: FacetOption[];
  hasCode: FacetOption[];
  status: FacetOption[];
  tag: FacetOption[];
  /** One option: the papers marked "Not interested", hidden otherwise (outside the reading list). */
  dismissed: FacetOption[];
  /** Papers that arrived since the reader's previous visit. */
  new: FacetOption[];
}

/** A query word as highlighting needs it: matched the way the search matched it. */
export interface HighlightTerm {
  term: string;
  prefix: boolean;
  maxEdits: number;
}

export interface SearchResult {
  /**
   * Every matching paper, in order, as document numbers: the engine numbers papers in the
   * order they were loaded and added (a re-added id gets a new number). `SearchClient.paperAt`
   * turns a number back into its paper; numbers never change meaning.
   */
  docs: Int32Array;
  total: number;
  facets: Facets;
  hints: QueryHint[];
  highlightTerms: HighlightTerm[];
  effectiveSort: Sort;
  /** False while the index is still being built and the answer came from a full scan. */
  indexed: boolean;
  /** With the "For you" sort: whether the model ranked the papers, or knows too little yet. */
  forYou?: ForYouInfo;
}

export interface SimilarPaper {
  id: string;
  /** Cosine similarity of TF-IDF vectors, 0..1. */
  score: number;
  /** The words that contribute most to the similarity, most important first. */
  sharedTerms: string[];
}

export interface UserDataUpdate {
  id: string;
  status: ReadingStatus | null;
  tags: string[];
  note: string;
  /** "More like this" or "Not interested"; absent is none. */
  rating?: Rating | null;
}
