import { STATUSES, type LibraryEntry, type ReadingStatus } from '@/features/library/schema';
import { compareQueue } from '@/features/library/state/order';
import { keyedRecord, ownValue } from '@/lib/keyed-record';

export type StatusCounts = Readonly<Record<ReadingStatus, number>>;
/** By tag, without a prototype: a tag may be called `constructor` or `__proto__`. */
export type TagCounts = Readonly<Record<string, number>>;
export type TagCount = { tag: string; count: number };
export type Counts = { statusCounts: StatusCounts; tagCounts: TagCounts };

export type Entries = Readonly<Record<string, LibraryEntry>>;

/** Full count: on load and after merges. Edits use `adjustCounts`, which costs only the entries they touch. */
export function countAll(entries: Iterable<LibraryEntry>): Counts {
  const statusCounts: Record<ReadingStatus, number> = { 'to-read': 0, reading: 0, read: 0 };
  const tagCounts = keyedRecord<number>();
  for (const entry of entries) {
    if (entry.status) statusCounts[entry.status] += 1;
    for (const tag of entry.tags) tagCounts[tag] = (ownValue(tagCounts, tag) ?? 0) + 1;
  }
  return { statusCounts, tagCounts };
}

/** Applies before/after pairs to the counts; returns the same objects when a count did not move. */
export function adjustCounts(
  counts: Counts,
  changes: Iterable<[LibraryEntry | undefined, LibraryEntry]>,
): Counts {
  let statusCounts: Record<ReadingStatus, number> | null = null;
  let tagCounts: Record<string, number> | null = null;
  for (const [before, after] of changes) {
    if (before?.status !== after.status) {
      statusCounts ??= { ...counts.statusCounts };
      if (before?.status) statusCounts[before.status] -= 1;
      if (after.status) statusCounts[after.status] += 1;
    }
    const beforeTags = before?.tags ?? [];
    if (beforeTags === after.tags) continue;
    for (const tag of beforeTags) {
      if (after.tags.includes(tag)) continue;
      tagCounts ??= keyedRecord(Object.entries(counts.tagCounts));
      const count = (ownValue(tagCounts, tag) ?? 1) - 1;
      if (count <= 0) delete tagCounts[tag];
      else tagCounts[tag] = count;
    }
    for (const tag of after.tags) {
      if (beforeTags.includes(tag)) continue;
      tagCounts ??= keyedRecord(Object.entries(counts.tagCounts));
      tagCounts[tag] = (ownValue(tagCounts, tag) ?? 0) + 1;
    }
  }
  return {
    statusCounts: statusCounts ?? counts.statusCounts,
    tagCounts: tagCounts ?? counts.tagCounts,
  };
}

const sortedTagCache = new WeakMap<TagCounts, TagCount[]>();

/** Tags by use, most used first; cached per counts object so hooks get a stable array. */
export function sortedTags(tagCounts: TagCounts): TagCount[] {
  let sorted = sortedTagCache.get(tagCounts);
  if (!sorted) {
    sorted = Object.entries(tagCounts)
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    sortedTagCache.set(tagCounts, sorted);
  }
  return sorted;
}

/** The reading queue (papers with a status) in the user's order, optionally for one status. */
export function queueIds(entries: Entries, status?: ReadingStatus): string[] {
  return Object.entries(entries)
    .filter(([, entry]) => (status ? entry.status === status : entry.status !== null))
    .sort(compareQueue)
    .map(([id]) => id);
}

export function totalInList(statusCounts: StatusCounts): number {
  return STATUSES.reduce((sum, status) => sum + statusCounts[status], 0);
}

/** Existing tags for an autocomplete: prefix matches first, then the most used; never ones already present. */
export function suggestTags(
  all: readonly TagCount[],
  present: readonly string[],
  query: string,
  limit = 6,
): string[] {
  if (!query) return [];
  const candidates = all.filter(
    ({ tag }) => tag !== query && tag.includes(query) && !present.includes(tag),
  );
  const prefix = candidates.filter(({ tag }) => tag.startsWith(query));
  const inner = candidates.filter(({ tag }) => !tag.startsWith(query));
  return [...prefix, ...inner].slice(0, limit).map(({ tag }) => tag);
}
