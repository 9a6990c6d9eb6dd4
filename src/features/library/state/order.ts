import type { LibraryEntry } from '@/features/library/schema';
import { ownValue } from '@/lib/keyed-record';

/**
 * New `order` values that move `paperId` to `toIndex` within `orderedIds` (the queue as the user
 * sees it). Usually one entry changes: it takes a value between its new neighbours. When floating
 * point runs out of room between them, the visible list is renumbered around its old values.
 */
export function ordersForMove(
  entries: Readonly<Record<string, LibraryEntry | undefined>>,
  orderedIds: readonly string[],
  paperId: string,
  toIndex: number,
): Map<string, number> {
  const from = orderedIds.indexOf(paperId);
  const rest = orderedIds.filter((id) => id !== paperId);
  const index = Math.max(0, Math.min(toIndex, rest.length));
  if (from === -1 || index === from) return new Map();

  const orderOf = (id: string | undefined) =>
    id === undefined ? undefined : ownValue(entries, id)?.order;
  const before = orderOf(rest[index - 1]);
  const after = orderOf(rest[index]);
  const between = orderBetween(before, after);
  if (between !== null) return new Map([[paperId, between]]);

  const moved = [...rest.slice(0, index), paperId, ...rest.slice(index)];
  return renumber(moved, orderOf(orderedIds[0]) ?? 0);
}

/** A number strictly between two neighbours (either may be missing), or null when none is representable. */
export function orderBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined) return after === undefined ? 0 : after - 1;
  if (after === undefined) return before + 1;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after ? middle : null;
}

function renumber(ids: readonly string[], start: number): Map<string, number> {
  return new Map(ids.map((id, i) => [id, Math.floor(start) + i]));
}

/** Queue order: by `order`, then by when the paper was added, then by id so the result is stable. */
export function compareQueue(a: [string, LibraryEntry], b: [string, LibraryEntry]): number {
  return (
    a[1].order - b[1].order ||
    (a[1].addedAt ?? '').localeCompare(b[1].addedAt ?? '') ||
    a[0].localeCompare(b[0])
  );
}

/**
 * Documents in the reading list's order (`idAt` names each one's paper), the same order `queueIds` gives
 * the export; papers not in the list go last, in the order given.
 */
export function docsInQueueOrder(
  docs: Int32Array,
  idAt: (doc: number) => string | undefined,
  entries: Readonly<Record<string, LibraryEntry>>,
): Int32Array {
  const queued: { doc: number; item: [string, LibraryEntry] }[] = [];
  const rest: number[] = [];
  for (const doc of docs) {
    const id = idAt(doc);
    const entry = id === undefined ? undefined : ownValue(entries, id);
    if (id !== undefined && entry !== undefined) queued.push({ doc, item: [id, entry] });
    else rest.push(doc);
  }
  queued.sort((a, b) => compareQueue(a.item, b.item));
  return Int32Array.from([...queued.map(({ doc }) => doc), ...rest]);
}
