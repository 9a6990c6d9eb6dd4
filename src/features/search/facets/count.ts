import { STATUSES } from '@/features/library/schema';
import type { DocStore } from '@/features/search/index/doc-store';
import { MAX_YEAR, type Filters } from './filters';
import { NO_STATUS, type UserOverlay } from '@/features/search/index/user-overlay';

const ORG = 1;
const YEAR = 2;
const TOPIC = 4;
const CODE = 8;
const STATUS = 16;
const TAG = 32;
const DISMISSED = 64;
const NEW = 128;
const NO_FLAGS = new Uint8Array(0);
/** Index of "not in the library" in the status counts, after the three statuses. */
export const NONE_SLOT = STATUSES.length;

/** Per facet, per value: how many documents it would give with the other facets' filters applied. */
export interface FacetCounts {
  org: Int32Array;
  year: Int32Array;
  topic: Int32Array;
  hasCode: number;
  status: Int32Array;
  tag: Int32Array;
  dismissed: number;
  new: number;
}

interface CompiledFilters {
  orgs: Uint8Array | null;
  years: Uint8Array | null;
  topics: Uint8Array | null;
  hasCode: boolean;
  statuses: Uint8Array | null;
  tags: Uint8Array | null;
}

function allowList(size: number, numbers: (number | undefined)[]): Uint8Array | null {
  if (numbers.length === 0) return null;
  const allowed = new Uint8Array(size);
  for (const n of numbers) if (n !== undefined) allowed[n] = 1;
  return allowed;
}

function compile(store: DocStore, overlay: UserOverlay, filters: Filters): CompiledFilters {
  const years = filters.years.length > 0 ? new Uint8Array(MAX_YEAR + 1) : null;
  for (const { from, to } of filters.years) years?.fill(1, from, to + 1);
  const statuses = filters.statuses.flatMap((status) => {
    if (status === 'any') return STATUSES.map((_, i) => i);
    return [status === 'none' ? NONE_SLOT : STATUSES.indexOf(status)];
  });
  return {
    orgs: allowList(
      store.orgs.length,
      filters.orgs.map((key) => store.orgByKey.get(key)),
    ),
    years,
    topics: allowList(
      store.topics.length,
      filters.topics.map((key) => store.topicByKey.get(key)),
    ),
    hasCode: filters.hasCode,
    statuses: allowList(NONE_SLOT + 1, statuses),
    tags: allowList(
      overlay.tags.length,
      filters.tags.map((key) => overlay.tagNumber(key)),
    ),
  };
}

function anyAllowed(values: readonly number[], allowed: Uint8Array): boolean {
  for (const value of values) if (allowed[value] === 1) return true;
  return false;
}

function anyInRange(list: Int32Array, from: number, to: number, allowed: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (allowed[list[i]] === 1) return true;
  return false;
}

/**
 * Keeps the documents that pass every filter (in place, returning the kept prefix) and counts
 * facet values in the same pass, disjunctively: a document failing exactly one facet's filter
 * still counts for that facet's values, since choosing one of them would bring it in.
 */
export function filterAndCount(
  store: DocStore,
  overlay: UserOverlay,
  docs: Int32Array,
  filters: Filters,
  libraryOnly: boolean,
  newFlags: Uint8Array = NO_FLAGS,
): { docs: Int32Array; counts: FacetCounts } {
  const f = compile(store, overlay, filters);
  const counts: FacetCounts = {
    org: new Int32Array(store.orgs.length),
    year: new Int32Array(MAX_YEAR + 1),
    topic: new Int32Array(store.topics.length),
    hasCode: 0,
    status: new Int32Array(NONE_SLOT + 1),
    tag: new Int32Array(overlay.tags.length),
    dismissed: 0,
    new: 0,
  };
  const { orgOf, yearOf, hasCode, topicStart, topicList } = store;
  const { statusOf, tagged, dismissedOf } = overlay;
  const onlyDismissed = filters.dismissed;
  const noTags: readonly number[] = [];
  const {
    orgs: orgsAllowed,
    years: yearsAllowed,
    topics: topicsAllowed,
    statuses: statusesAllowed,
    tags: tagsAllowed,
  } = f;
  let kept = 0;
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k];
    const status = statusOf[doc];
    if (libraryOnly && status === NO_STATUS) continue;
    const statusSlot = status === NO_STATUS ? NONE_SLOT : status;
    const org = orgOf[doc];
    const year = yearOf[doc];
    const topicsFrom = topicStart[doc];
    const topicsTo = topicStart[doc + 1];
    const tags = tagged[doc] === 1 ? (overlay.docs.get(doc)?.tags ?? noTags) : noTags;
    let fail = 0;
    if (orgsAllowed && (org < 0 || orgsAllowed[org] === 0)) fail |= ORG;
    if (yearsAllowed && yearsAllowed[year] !== 1) fail |= YEAR;
    if (topicsAllowed && !anyInRange(topicList, topicsFrom, topicsTo, topicsAllowed)) fail |= TOPIC;
    if (f.hasCode && hasCode[doc] === 0) fail |= CODE;
    if (statusesAllowed && statusesAllowed[statusSlot] === 0) fail |= STATUS;
    if (tagsAllowed && !anyAllowed(tags, tagsAllowed)) fail |= TAG;
    // "Not interested" hides a paper from everything but the reading list, until asked for.
    const dismissed = dismissedOf[doc] === 1;
    if (onlyDismissed ? !dismissed : dismissed && !libraryOnly) fail |= DISMISSED;
    const isNew = newFlags[doc] === 1;
    if (filters.isNew && !isNew) fail |= NEW;
    if (fail !== 0 && (fail & (fail - 1)) !== 0) continue;
    if (fail === 0) docs[kept++] = doc;
    if ((fail | ORG) === ORG && org >= 0) counts.org[org]++;
    if ((fail | YEAR) === YEAR && year > 0) counts.year[year]++;
    if ((fail | TOPIC) === TOPIC)
      for (let i = topicsFrom; i < topicsTo; i++) counts.topic[topicList[i]]++;
    if ((fail | CODE) === CODE && hasCode[doc] === 1) counts.hasCode++;
    if ((fail | STATUS) === STATUS) counts.status[statusSlot]++;
    if ((fail | TAG) === TAG) for (const t of tags) counts.tag[t]++;
    if ((fail | DISMISSED) === DISMISSED && dismissed) counts.dismissed++;
    if ((fail | NEW) === NEW && isNew) counts.new++;
  }
  return { docs: docs.subarray(0, kept), counts };
}
