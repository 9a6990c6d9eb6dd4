import { libraryActions } from '@/features/library/hooks';
import { readRatings } from '@/features/library/rating-hooks';
import type { Rating } from '@/features/library/schema';
import { ownValue } from '@/lib/keyed-record';

/** The last "More like this" / "Not interested" press, for its Undo. */
export interface TriageStep {
  paperId: string;
  title: string;
  /** The rating after the press (null: it was taken back). */
  rating: Rating | null;
  previous: Rating | null;
}

let last: TriageStep | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function subscribeToTriage(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const lastTriage = (): TriageStep | null => last;

/** Presses a triage toggle: on, or off again when it was on (a rating replaces the other one). */
export function toggleRating(paperId: string, title: string, rating: Rating): void {
  const previous = ownValue(readRatings(), paperId)?.rating ?? null;
  const next = previous === rating ? null : rating;
  libraryActions.rate(paperId, next);
  last = { paperId, title, rating: next, previous };
  notify();
}

/** Puts back the rating the last press replaced. */
export function undoTriage(): void {
  if (!last) return;
  libraryActions.rate(last.paperId, last.previous);
  last = null;
  notify();
}

export function forgetTriage(): void {
  if (!last) return;
  last = null;
  notify();
}
