import type { Paper } from '@/features/papers/schema';
import type { SearchResult } from '@/features/search/types';
import type { ViewState } from '@/features/search/view-state';
import { hasActiveFilters } from '@/features/search/facets/filters';
import { compareNewest, dateKeyOf } from './newest';

const noFacets = {
  org: [],
  year: [],
  topic: [],
  hasCode: [],
  status: [],
  tag: [],
  dismissed: [],
  new: [],
};

/**
 * The catalogue, newest first, computed on the main thread: what the list shows in the moment between the
 * catalogue arriving and the search worker's first answer (which at 100,000 papers can take a few seconds).
 * Only for the plain view (no query, no filters, default sort); anything else waits for the engine.
 */
export function provisionalResult(papers: readonly Paper[], view: ViewState): SearchResult | null {
  const plain =
    view.q.trim() === '' &&
    !hasActiveFilters(view.facets) &&
    (view.sort === null || view.sort === 'newest');
  if (!plain) return null;
  const days = Int32Array.from(papers, (paper) => dateKeyOf(paper.publishedAt));
  const docs = Int32Array.from(papers, (_, index) => index).sort((a, b) =>
    compareNewest(days[a], papers[a].id, days[b], papers[b].id),
  );
  return {
    docs,
    total: papers.length,
    facets: noFacets,
    hints: [],
    highlightTerms: [],
    effectiveSort: 'newest',
    indexed: false,
  };
}
