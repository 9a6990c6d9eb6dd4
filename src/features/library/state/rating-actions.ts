import type { Rating } from '@/features/library/schema';
import { stampAfter } from '@/features/library/state/entry';
import { whenEditable, type LibraryCore } from '@/features/library/state/store';
import { ownValue, withKeys } from '@/lib/keyed-record';

/** The reader's "More like this" and "Not interested", kept beside the entries (a rating is no bookmark). */
export function createRatingActions(getCore: () => LibraryCore) {
  return {
    /** Rates a paper; null takes the rating back. Rating it the same again changes nothing. */
    rate(paperId: string, rating: Rating | null) {
      whenEditable(getCore(), undefined, (core) => {
        const state = core.store.getState();
        const before = ownValue(state.ratings, paperId);
        if ((before?.rating ?? null) === rating) return;
        const next = { rating, updatedAt: stampAfter(before?.updatedAt, core.now()) };
        core.store.setState({
          ratings: withKeys(state.ratings, [[paperId, next]]),
          changesSinceBackup: state.changesSinceBackup + 1,
        });
        core.persistence.changed();
      });
    },
  };
}
