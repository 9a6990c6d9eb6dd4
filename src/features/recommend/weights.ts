/**
 * The numbers behind "For you", chosen with the recommendation benchmark (`npm run bench`, see the README's
 * "For you: why this model"). Each is a knob of the class-balanced linear SVM in `trainer.ts`.
 */

/** Fewer liked papers than this and the ranking says so and falls back to newest first. */
export const MIN_POSITIVES = 5;

/** How much each signal says "I want papers like this"; a paper's strength is the sum of its signals. */
export const POSITIVE_STRENGTH = {
  more: 2,
  read: 3,
  reading: 2,
  'to-read': 1,
  tag: 1,
  note: 1,
} as const;

/** "Not interested", against one sampled unrated paper's 1. */
export const DISMISS_STRENGTH = 10;

/** In a tag's model: a paper of the reader's library without the tag is a mild negative. */
export const UNTAGGED_LIBRARY_STRENGTH = 3;

/** Unrated papers sampled as weak negatives (all of them in a smaller catalogue). */
export const WEAK_NEGATIVES = 1000;
export const WEAK_STRENGTH = 1;

/** SVM regularisation: each class's costs sum to C x (examples / 2), as scikit-learn's "balanced" weights do. */
export const SVM_C = 1;

/** Terms in more than this share of papers say nothing about taste (arxiv-sanity drops those above 10%). */
export const MAX_DF_SHARE = 0.5;
/** Terms in fewer papers than this cannot generalise from one paper to another. */
export const MIN_DF = 2;
