import type { LibraryEntry, ReadingStatus } from '@/features/library/schema';

/**
 * A timestamp strictly later than `previous`: two edits to one paper within the same millisecond
 * must still order correctly when tabs merge by `updatedAt`.
 */
export function stampAfter(previous: string | null | undefined, nowMs: number): string {
  const floor = previous ? Date.parse(previous) + 1 : Number.NEGATIVE_INFINITY;
  // An unparsable previous stamp must not make every later edit throw (NaN has no ISO form).
  return new Date(Number.isNaN(floor) ? nowMs : Math.max(nowMs, floor)).toISOString();
}

export function emptyEntry(nowMs: number): LibraryEntry {
  return {
    status: null,
    tags: [],
    note: '',
    addedAt: null,
    startedAt: null,
    finishedAt: null,
    order: nowMs,
    updatedAt: new Date(nowMs).toISOString(),
  };
}

/** Not in the list, no tags, no note: kept only so a stale tab cannot bring the paper back. */
export function isDeletionMarker(entry: LibraryEntry): boolean {
  return entry.status === null && entry.tags.length === 0 && entry.note === '';
}

/**
 * Moves an entry to a status and keeps the dates consistent with it: joining the list stamps
 * `addedAt` and puts the paper at the end of the queue, "reading" stamps `startedAt` once,
 * "read" stamps `finishedAt`; going back clears the dates that no longer hold.
 */
export function withStatus(
  entry: LibraryEntry | undefined,
  status: ReadingStatus | null,
  nowMs: number,
): LibraryEntry {
  const base = entry ?? emptyEntry(nowMs);
  if (base.status === status) return base;
  const now = new Date(nowMs).toISOString();
  const joining = base.status === null;
  let startedAt: string | null = null;
  if (status === 'reading') startedAt = joining ? now : (base.startedAt ?? now);
  // Finishing keeps the start date; jumping straight to "read" leaves the start unknown.
  if (status === 'read' && !joining) startedAt = base.startedAt;
  return {
    ...base,
    status,
    addedAt: status === null ? null : joining ? now : base.addedAt,
    startedAt,
    finishedAt: status === 'read' ? now : null,
    order: joining && status !== null ? nowMs : base.order,
    updatedAt: stampAfter(base.updatedAt, nowMs),
  };
}

/** Trims, collapses inner whitespace and lowercases, so "Diffusion  Models" and "diffusion models" are one tag. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_TAG_LENGTH);
}

export const MAX_TAG_LENGTH = 60;

export function withTagAdded(entry: LibraryEntry | undefined, rawTag: string, nowMs: number) {
  const tag = normalizeTag(rawTag);
  const base = entry ?? emptyEntry(nowMs);
  if (!tag || base.tags.includes(tag)) return base;
  return { ...base, tags: [...base.tags, tag], updatedAt: stampAfter(base.updatedAt, nowMs) };
}

export function withTagRemoved(entry: LibraryEntry, tag: string, nowMs: number) {
  if (!entry.tags.includes(tag)) return entry;
  return {
    ...entry,
    tags: entry.tags.filter((t) => t !== tag),
    updatedAt: stampAfter(entry.updatedAt, nowMs),
  };
}

/** Renames in place (keeping the tag's position) and drops the duplicate if the entry had both. */
export function withTagRenamed(entry: LibraryEntry, from: string, to: string, nowMs: number) {
  if (!entry.tags.includes(from) || from === to) return entry;
  const tags = [...new Set(entry.tags.map((t) => (t === from ? to : t)))];
  return { ...entry, tags, updatedAt: stampAfter(entry.updatedAt, nowMs) };
}

export function withNote(entry: LibraryEntry | undefined, note: string, nowMs: number) {
  const base = entry ?? emptyEntry(nowMs);
  if (base.note === note) return base;
  return { ...base, note, updatedAt: stampAfter(base.updatedAt, nowMs) };
}

export function withOrder(entry: LibraryEntry, order: number, nowMs: number) {
  if (entry.order === order) return entry;
  return { ...entry, order, updatedAt: stampAfter(entry.updatedAt, nowMs) };
}
