import { STATUS_LABELS, STATUSES } from '@/features/library/schema';
import {
  canonicalFacetValue,
  emptyFilters,
  FACET_KEYS,
  facetValues,
  mergeFilters,
  withFacetValue,
  withoutFacetValue,
  type FacetKey,
  type Filters,
} from '@/features/search/facets/filters';
import { parseQuery } from '@/features/search/query/parse';
import { defaultSort } from '@/features/search/ranking/default-sort';
import { isSort, type Facets, type SearchRequest, type Sort } from './types';

/**
 * The current view, as the URL holds it. Canonical form: `q` is the search box text exactly as
 * typed (field terms such as org:kyutai included); facet choices made by clicking live in their
 * own params (`org`, `year`, `topic`, `code`, `status`, `tag`, repeated per value); `sort` is
 * absent for the default. The filters in effect are the union of both sources; a facet click
 * adds a param, and removing a value removes it from whichever source holds it.
 */
export interface ViewState {
  q: string;
  /** Facet choices from URL params (not those typed in `q`). */
  facets: Filters;
  sort: Sort | null;
}

const PARAM: Record<FacetKey, string> = {
  org: 'org',
  year: 'year',
  topic: 'topic',
  hasCode: 'code',
  status: 'status',
  tag: 'tag',
  dismissed: 'dismissed',
  new: 'new',
};

/** Facets with a single on/off option: `code=1`, `dismissed=1`, `new=1` in the URL. */
const isSwitch = (facet: FacetKey) =>
  facet === 'hasCode' || facet === 'dismissed' || facet === 'new';

export const emptyViewState = (): ViewState => ({ q: '', facets: emptyFilters(), sort: null });

/**
 * What a URL may carry. A shared or hand-made link is untrusted: without bounds, 100 KB of `org=`
 * params took seconds to read (each value is checked against those before it) and every
 * keystroke then re-ran the search over all of them.
 */
export const URL_LIMITS = { values: 20, valueLength: 100, queryLength: 1000 } as const;

/** Reads a view from URL params; values that are not valid, or beyond the limits, are dropped, never thrown on. */
export function viewStateFromSearchParams(params: URLSearchParams): ViewState {
  let facets = emptyFilters();
  for (const facet of FACET_KEYS) {
    for (const value of params.getAll(PARAM[facet])) {
      if (facetValues(facets, facet).length >= URL_LIMITS.values) break;
      if (value.length > URL_LIMITS.valueLength) continue;
      if (isSwitch(facet) && value !== '1' && value !== 'true') continue;
      facets = withFacetValue(facets, facet, value);
    }
  }
  const sort = params.get('sort');
  const q = (params.get('q') ?? '').slice(0, URL_LIMITS.queryLength);
  return { q, facets, sort: isSort(sort) ? sort : null };
}

/** Writes a view as URL params, in a stable order and without empty values. */
export function viewStateToSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const facet of FACET_KEYS) {
    for (const value of facetValues(state.facets, facet))
      params.append(PARAM[facet], isSwitch(facet) ? '1' : value);
  }
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The filters in effect: those typed in the query plus those chosen as facets. */
export function effectiveFilters(state: ViewState): Filters {
  return mergeFilters(parseQuery(state.q).filters, state.facets);
}

export function searchRequestFor(
  state: ViewState,
  scope: SearchRequest['scope'] = 'all',
): SearchRequest {
  return { text: state.q, filters: state.facets, sort: state.sort, scope };
}

/** The reading list keeps the user's own order until they search or pick a sort. */
export function showsQueueOrder(state: ViewState, scope: SearchRequest['scope']): boolean {
  return scope === 'library' && state.sort === null && !state.q.trim();
}

/** The sort to show before the engine says which one it applied: the same rule the engine applies. */
export function expectedSort(state: ViewState): Sort {
  return state.sort ?? defaultSort(parseQuery(state.q));
}

/** The options the view has chosen, marked at once from the URL rather than when the engine's counts come back. */
export function withSelection(facets: Facets, state: ViewState): Facets {
  const filters = effectiveFilters(state);
  const next = { ...facets };
  for (const facet of FACET_KEYS) {
    const active = new Set(facetValues(filters, facet));
    next[facet] = facets[facet].map((option) => ({
      ...option,
      selected: active.has(option.value),
    }));
  }
  return next;
}

export interface FilterChip {
  facet: FacetKey;
  value: string;
  label: string;
  /** Where the value comes from; a value can be both typed and clicked. */
  sources: ('query' | 'url')[];
}

function chipLabel(facet: FacetKey, value: string): string {
  if (facet === 'hasCode') return 'Has code';
  if (facet === 'dismissed') return 'Not interested';
  if (facet === 'new') return 'New';
  if (facet === 'status') {
    if (value === 'any') return 'In library';
    if (value === 'none') return 'Not in library';
    const status = STATUSES.find((known) => known === value);
    return status ? STATUS_LABELS[status] : value;
  }
  return value.replace(/-/g, ' ');
}

/**
 * One chip per active filter value, for showing and removing what narrows the results. With the facets of the
 * results, chips read like the facet options ("FuriosaAI", not the canonical "furiosaai").
 */
export function activeChips(state: ViewState, facets?: Facets): FilterChip[] {
  const typed = parseQuery(state.q).filters;
  const chips: FilterChip[] = [];
  for (const facet of FACET_KEYS) {
    const fromQuery = facetValues(typed, facet);
    const fromUrl = facetValues(state.facets, facet);
    for (const value of [...new Set([...fromQuery, ...fromUrl])]) {
      const sources: FilterChip['sources'] = [];
      if (fromQuery.includes(value)) sources.push('query');
      if (fromUrl.includes(value)) sources.push('url');
      const label =
        facets?.[facet].find((option) => option.value === value)?.label ?? chipLabel(facet, value);
      chips.push({ facet, value, label, sources });
    }
  }
  return chips;
}

/** Removes a filter value from both the URL facets and the query text. */
export function removeFilter(state: ViewState, facet: FacetKey, value: string): ViewState {
  return {
    ...state,
    q: removeFieldFromQuery(state.q, facet, value),
    facets: withoutFacetValue(state.facets, facet, value),
  };
}

/** A facet option was clicked: an active value is removed (wherever it came from), another added as a param. */
export function toggleFacet(state: ViewState, facet: FacetKey, value: string): ViewState {
  const key = canonicalFacetValue(facet, value);
  if (!key) return state;
  const active = facetValues(effectiveFilters(state), facet).includes(key);
  return active
    ? removeFilter(state, facet, key)
    : { ...state, facets: withFacetValue(state.facets, facet, key) };
}

/** Deletes the clauses for one filter value from the query text, tidying the spaces left behind. */
export function removeFieldFromQuery(q: string, facet: FacetKey, value: string): string {
  const key = canonicalFacetValue(facet, value);
  const spans = parseQuery(q).clauses.filter(
    (clause) => clause.facet === facet && clause.value === key,
  );
  let text = q;
  for (const { start, end } of spans.reverse()) text = `${text.slice(0, start)}${text.slice(end)}`;
  return spans.length > 0 ? text.replace(/\s{2,}/g, ' ').trim() : q;
}
