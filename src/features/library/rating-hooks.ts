import { useStore } from 'zustand';
import type { PaperRating, Rating } from '@/features/library/schema';
import { getLibrary } from '@/features/library/hooks';
import { ownValue } from '@/lib/keyed-record';

/** The paper's rating: "more" (More like this), "less" (Not interested) or null. */
export function useRating(paperId: string): Rating | null {
  return useStore(
    getLibrary().core.store,
    (state) => ownValue(state.ratings, paperId)?.rating ?? null,
  );
}

/** Every rating by paper id as it is now (taken-back ones included, as `rating: null`). */
export function readRatings(): Readonly<Record<string, PaperRating>> {
  return getLibrary().core.store.getState().ratings;
}

/**
 * Calls `listener` with the ids whose rating changed, whatever changed it: this tab, another tab's save, a
 * restore or a sync engine. Ratings are replaced per paper, so comparing records by reference finds them.
 */
export function subscribeToRatingChanges(listener: (ids: string[]) => void): () => void {
  return getLibrary().subscribeToDataChanges((_source, state, previous) => {
    if (state.ratings === previous.ratings) return;
    const ids = new Set<string>();
    for (const [id, rating] of Object.entries(state.ratings))
      if (ownValue(previous.ratings, id) !== rating) ids.add(id);
    for (const id of Object.keys(previous.ratings))
      if (ownValue(state.ratings, id) === undefined) ids.add(id);
    if (ids.size > 0) listener([...ids]);
  });
}
