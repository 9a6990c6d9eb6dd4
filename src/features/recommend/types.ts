import type { Rating } from '@/features/library/schema';

/** A reader's verdict on one paper: "More like this" or "Not interested" (stored in the library). */
export type { Rating };

/** What made a paper a signal: a rating, a reading status, a tag or a note. */
export type SignalKind = 'more' | 'less' | 'read' | 'reading' | 'to-read' | 'tag' | 'note';

export const SIGNAL_LABELS: Record<SignalKind, string> = {
  more: 'More like this',
  less: 'Not interested',
  read: 'Read',
  reading: 'Reading',
  'to-read': 'Bookmarked',
  tag: 'Tagged',
  note: 'Noted',
};

export interface WordWeight {
  word: string;
  weight: number;
}

/** A rated paper's part in another paper's score: its likeness to it, times what the model learnt from it. */
export interface SignalContribution {
  id: string;
  title: string;
  kinds: SignalKind[];
  weight: number;
}

/** Why the model scores one paper as it does. */
export interface Explanation {
  id: string;
  score: number;
  /** Words of the paper that lifted it, strongest first. */
  lifting: WordWeight[];
  /** Words of the paper that held it down, strongest first (weights are negative). */
  holding: WordWeight[];
  /** Rated papers most like this one, with what each added (positive) or took away (negative). */
  signals: SignalContribution[];
}

/** How a "For you" ranking was made: by the model, or newest first because it knows too little. */
export type ForYouInfo =
  | { state: 'ranked'; positives: number; negatives: number; tags: string[] }
  | { state: 'too-few'; positives: number; needed: number; tags: string[] };

/** What the model learnt, for the model page. */
export interface ModelSummary {
  info: ForYouInfo;
  /** Papers behind each kind of signal (a paper can count for several). */
  byKind: Record<SignalKind, number>;
  /** Unrated papers sampled as weak negatives. */
  sampled: number;
  positiveWords: WordWeight[];
  negativeWords: WordWeight[];
  /** Worker time to gather features and train, ms; null when nothing was trained. */
  trainMs: number | null;
  /** Papers whose rating would teach the model most, as ids. */
  suggestions: string[];
}

/** Questions about the model, answered by the search worker. `tags` picks a tag's own model. */
export type RecommendRequest =
  { kind: 'summary'; tags: string[] } | { kind: 'explain'; id: string; tags: string[] };

export type RecommendAnswer =
  { kind: 'summary'; summary: ModelSummary } | { kind: 'explain'; explanation: Explanation | null };
