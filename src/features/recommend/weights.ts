/**
 * The numbers behind "For you", chosen with the recommendation benchmark (`npm run bench`, see the README's
 * "For you: why this model"). Each is a knob of the class-balanced linear SVM in `trainer.ts`; the benchmark
 * passes other values to compare.
 */
export interface RecommendOptions {
  /** Fewer liked papers than this and the ranking says so and falls back to newest first. */
  minPositives: number;
  /** How much each signal says "I want papers like this"; a paper's strength is the sum of its signals. */
  positive: {
    more: number;
    read: number;
    reading: number;
    'to-read': number;
    tag: number;
    note: number;
  };
  /** "Not interested", against one sampled unrated paper's `weakStrength`. */
  dismissStrength: number;
  /** In a tag's model: a paper of the reader's library without the tag is a mild negative. */
  untaggedStrength: number;
  /** Unrated papers sampled as weak negatives (all of them in a smaller catalogue). */
  weakNegatives: number;
  weakStrength: number;
  /** SVM regularisation: each class's costs sum to C x (examples / 2), as scikit-learn's "balanced" weights do. */
  c: number;
  /** Terms in more than this share of papers say nothing about taste (arxiv-sanity drops those above 10%). */
  maxDfShare: number;
  /** Terms in fewer papers than this cannot generalise from one paper to another. */
  minDf: number;
}

export const DEFAULT_OPTIONS: RecommendOptions = {
  minPositives: 5,
  positive: { more: 2, read: 3, reading: 2, 'to-read': 1, tag: 1, note: 1 },
  dismissStrength: 10,
  untaggedStrength: 3,
  weakNegatives: 1000,
  weakStrength: 1,
  c: 1,
  maxDfShare: 0.5,
  minDf: 2,
};
