import { STATUSES, type ReadingStatus } from '@/features/library/schema';
import { slugKey } from '@/features/search/text/tokenize';

/** Inclusive; a single year is a range whose ends are equal. */
export interface YearRange {
  from: number;
  to: number;
}

/** A reading status, or `none` (not in the library) or `any` (in the library, whatever status). */
export type StatusFilter = ReadingStatus | 'none' | 'any';
export const STATUS_FILTERS: readonly StatusFilter[] = [...STATUSES, 'none', 'any'];

/**
 * What the results are narrowed to. Values within one facet are alternatives (OR), facets
 * combine with AND. Names are stored as `slugKey`s so "Language Models", "language models"
 * and "language-models" are one topic.
 */
export interface Filters {
  orgs: string[];
  years: YearRange[];
  topics: string[];
  hasCode: boolean;
  statuses: StatusFilter[];
  tags: string[];
  /** Only the papers marked "Not interested" (`is:dismissed`); otherwise they are hidden outside the reading list. */
  dismissed: boolean;
  /** Only the papers that arrived since the reader's previous visit (`is:new`). */
  isNew: boolean;
}

export type FacetKey =
  'org' | 'year' | 'topic' | 'hasCode' | 'status' | 'tag' | 'dismissed' | 'new';
export const FACET_KEYS: readonly FacetKey[] = [
  'org',
  'year',
  'topic',
  'hasCode',
  'status',
  'tag',
  'dismissed',
  'new',
];

export const emptyFilters = (): Filters => ({
  orgs: [],
  years: [],
  topics: [],
  hasCode: false,
  statuses: [],
  tags: [],
  dismissed: false,
  isNew: false,
});

export function hasActiveFilters(filters: Filters): boolean {
  return FACET_KEYS.some((facet) => facetValues(filters, facet).length > 0);
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** "2024" -> 2024..2024, "2022..2023" -> 2022..2023 (either order); anything else -> null. */
export function parseYearValue(value: string): YearRange | null {
  const match = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(value.trim());
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if (Math.min(a, b) < MIN_YEAR || Math.max(a, b) > MAX_YEAR) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function formatYearRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}..${range.to}`;
}

export function parseStatusValue(value: string): StatusFilter | null {
  const key = slugKey(value).replace(/-/g, '');
  if (key === 'toread' || key === 'queued' || key === 'unread') return 'to-read';
  return STATUS_FILTERS.find((status) => status === key) ?? null;
}

/** One facet's active values as strings: the form URLs, chips and facet options share. */
export function facetValues(filters: Filters, facet: FacetKey): string[] {
  switch (facet) {
    case 'org':
      return filters.orgs;
    case 'year':
      return filters.years.map(formatYearRange);
    case 'topic':
      return filters.topics;
    case 'hasCode':
      return filters.hasCode ? ['true'] : [];
    case 'status':
      return filters.statuses;
    case 'tag':
      return filters.tags;
    case 'dismissed':
      return filters.dismissed ? ['true'] : [];
    case 'new':
      return filters.isNew ? ['true'] : [];
  }
}

/**
 * Adds one value to a facet, in the facet's canonical form; an invalid value (a year that is
 * not a year) leaves the filters unchanged.
 */
export function withFacetValue(filters: Filters, facet: FacetKey, value: string): Filters {
  const next = { ...filters };
  const add = (list: string[], item: string) =>
    item && !list.includes(item) ? [...list, item] : list;
  switch (facet) {
    case 'org':
      next.orgs = add(filters.orgs, slugKey(value));
      break;
    case 'topic':
      next.topics = add(filters.topics, slugKey(value));
      break;
    case 'tag':
      next.tags = add(filters.tags, slugKey(value));
      break;
    case 'hasCode':
      next.hasCode = true;
      break;
    case 'dismissed':
      next.dismissed = true;
      break;
    case 'new':
      next.isNew = true;
      break;
    case 'status': {
      const status = parseStatusValue(value);
      if (status)
        next.statuses = filters.statuses.includes(status)
          ? filters.statuses
          : [...filters.statuses, status];
      break;
    }
    case 'year': {
      const range = parseYearValue(value);
      const known = facetValues(filters, 'year');
      if (range && !known.includes(formatYearRange(range))) next.years = [...filters.years, range];
      break;
    }
  }
  return next;
}

/** Removes one value (compared in canonical form) from a facet. */
export function withoutFacetValue(filters: Filters, facet: FacetKey, value: string): Filters {
  const key = canonicalFacetValue(facet, value);
  switch (facet) {
    case 'org':
      return { ...filters, orgs: filters.orgs.filter((v) => v !== key) };
    case 'topic':
      return { ...filters, topics: filters.topics.filter((v) => v !== key) };
    case 'tag':
      return { ...filters, tags: filters.tags.filter((v) => v !== key) };
    case 'hasCode':
      return { ...filters, hasCode: false };
    case 'dismissed':
      return { ...filters, dismissed: false };
    case 'new':
      return { ...filters, isNew: false };
    case 'status':
      return { ...filters, statuses: filters.statuses.filter((v) => v !== key) };
    case 'year':
      return { ...filters, years: filters.years.filter((range) => formatYearRange(range) !== key) };
  }
}

/** The form a value takes inside `Filters`, or '' when it is not a valid value for the facet. */
export function canonicalFacetValue(facet: FacetKey, value: string): string {
  switch (facet) {
    case 'org':
    case 'topic':
    case 'tag':
      return slugKey(value);
    case 'hasCode':
    case 'dismissed':
    case 'new':
      return 'true';
    case 'status':
      return parseStatusValue(value) ?? '';
    case 'year': {
      const range = parseYearValue(value);
      return range ? formatYearRange(range) : '';
    }
  }
}

/** Union of two filter sets: what the query text asks for plus what the URL's facets ask for. */
export function mergeFilters(a: Filters, b: Filters): Filters {
  let merged = a;
  for (const facet of FACET_KEYS) {
    for (const value of facetValues(b, facet)) merged = withFacetValue(merged, facet, value);
  }
  return merged;
}
