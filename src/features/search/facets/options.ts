import { STATUS_LABELS, STATUSES } from '@/features/library/schema';
import type { DocStore, NamedValue } from '@/features/search/index/doc-store';
import type { FacetCounts } from './count';
import { formatYearRange, type Filters } from './filters';
import type { FacetOption, Facets } from '@/features/search/types';
import type { UserOverlay } from '@/features/search/index/user-overlay';

// Plain code-unit order: localeCompare costs ~100x more, too much for thousands of organisations.
const byCountThenLabel = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

function named(
  values: readonly NamedValue[],
  counts: Int32Array,
  selected: readonly string[],
  keep: (i: number) => boolean,
): FacetOption[] {
  const options: FacetOption[] = [];
  values.forEach((value, i) => {
    const isSelected = selected.includes(value.key);
    if (keep(i) || isSelected)
      options.push({
        value: value.key,
        label: value.label,
        count: counts[i] ?? 0,
        selected: isSelected,
      });
  });
  return options.sort(byCountThenLabel);
}

interface InUse {
  store: DocStore;
  version: number;
  /** Distinct known years, newest first. */
  years: number[];
  orgs: Uint8Array;
}
let inUseCache: InUse | null = null;

/** What the live catalogue contains, recomputed only when it changes. */
function inUse(store: DocStore): InUse {
  if (inUseCache?.store === store && inUseCache.version === store.version) return inUseCache;
  const seen = new Set<number>();
  const orgs = new Uint8Array(store.orgs.length);
  for (let doc = 0; doc < store.count; doc++) {
    if (store.alive[doc] === 0) continue;
    if (store.yearOf[doc] > 0) seen.add(store.yearOf[doc]);
    if (store.orgOf[doc] >= 0) orgs[store.orgOf[doc]] = 1;
  }
  inUseCache = { store, version: store.version, years: [...seen].sort((a, b) => b - a), orgs };
  return inUseCache;
}

/**
 * Facet options for the interface: every value the catalogue (or the user's library) has,
 * with its count; options whose count is 0 stay listed so the interface can show them disabled.
 */
export function facetOptions(
  store: DocStore,
  overlay: UserOverlay,
  counts: FacetCounts,
  filters: Filters,
): Facets {
  const live = inUse(store);
  const tagInUse = new Uint8Array(overlay.tags.length);
  for (const entry of overlay.docs.values()) for (const tag of entry.tags) tagInUse[tag] = 1;
  const selectedYears = filters.years.map(formatYearRange);
  return {
    org: named(store.orgs, counts.org, filters.orgs, (i) => live.orgs[i] === 1),
    year: live.years.map((year) => ({
      value: String(year),
      label: String(year),
      count: counts.year[year],
      selected: selectedYears.includes(String(year)),
    })),
    topic: named(store.topics, counts.topic, filters.topics, () => true),
    hasCode: [
      { value: 'true', label: 'Has code', count: counts.hasCode, selected: filters.hasCode },
    ],
    status: STATUSES.map((status, i) => ({
      value: status,
      label: STATUS_LABELS[status],
      count: counts.status[i],
      selected: filters.statuses.includes(status),
    })),
    tag: named(overlay.tags, counts.tag, filters.tags, (i) => tagInUse[i] === 1),
    dismissed: [
      {
        value: 'true',
        label: 'Not interested',
        count: counts.dismissed,
        selected: filters.dismissed,
      },
    ],
    new: [{ value: 'true', label: 'New', count: counts.new, selected: filters.isNew }],
  };
}
