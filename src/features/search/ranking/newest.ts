/** A publication day as a sortable number, YYYYMMDD; 0 when the paper has no date. */
export function dateKeyOf(publishedAt: string | null): number {
  if (!publishedAt) return 0;
  return (
    Number(publishedAt.slice(0, 4)) * 10000 +
    Number(publishedAt.slice(5, 7)) * 100 +
    Number(publishedAt.slice(8, 10))
  );
}

/** Papers without a date (key 0) go last, whichever the direction. */
export const knownDateFirst = (a: number, b: number) => (a > 0 ? 0 : 1) - (b > 0 ? 0 : 1);

/** Ties between papers of the same day (or none) break by id, so an order never depends on load order. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Newest first: later days before earlier ones, undated papers last, ties by id. The engine's sort
 * (`sort.ts`) and the provisional list drawn before it answers (`provisional.ts`) both use this, so no
 * paper changes place when one replaces the other.
 */
export function compareNewest(aKey: number, aId: string, bKey: number, bId: string): number {
  return knownDateFirst(aKey, bKey) || bKey - aKey || compareIds(aId, bId);
}
