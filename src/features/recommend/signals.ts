import type { ReadingStatus } from '@/features/library/schema';
import type { Rating, SignalKind } from './types';
import { DEFAULT_OPTIONS, type RecommendOptions } from './weights';

type Strengths = Pick<RecommendOptions, 'positive' | 'dismissStrength' | 'untaggedStrength'>;

/** What the reader has said about one paper, as the engine holds it. */
export interface PaperSignals {
  status: ReadingStatus | null;
  /** Tag numbers (the engine's). */
  tags: readonly number[];
  noted: boolean;
  rating: Rating | null;
}

/** A paper as a training example: which side it is on, how strongly, and why. */
export interface Labelled {
  label: 1 | -1;
  strength: number;
  kinds: SignalKind[];
}

/**
 * The reader's overall taste: "Not interested" is a negative whatever else the paper has; "More like this",
 * reading statuses (Read counts most), tags and notes are positives whose strengths add up.
 */
export function overallLabel(
  signals: PaperSignals,
  strengths: Strengths = DEFAULT_OPTIONS,
): Labelled | null {
  if (signals.rating === 'less')
    return { label: -1, strength: strengths.dismissStrength, kinds: ['less'] };
  const kinds: SignalKind[] = [];
  if (signals.rating === 'more') kinds.push('more');
  if (signals.status) kinds.push(signals.status);
  if (signals.tags.length > 0) kinds.push('tag');
  if (signals.noted) kinds.push('note');
  if (kinds.length === 0) return null;
  const strength = kinds.reduce(
    (sum, kind) => sum + (kind === 'less' ? 0 : strengths.positive[kind]),
    0,
  );
  return { label: 1, strength, kinds };
}

/**
 * One tag's model, as arxiv-sanity trains one per tag: the tag's papers are the positives; papers marked
 * "Not interested" and the rest of the reader's library are the negatives.
 */
export function tagLabel(
  signals: PaperSignals,
  tagNumbers: ReadonlySet<number>,
  strengths: Strengths = DEFAULT_OPTIONS,
): Labelled | null {
  if (signals.tags.some((tag) => tagNumbers.has(tag)))
    return { label: 1, strength: 1, kinds: ['tag'] };
  const overall = overallLabel(signals, strengths);
  if (!overall || overall.label === -1) return overall;
  return { label: -1, strength: strengths.untaggedStrength, kinds: overall.kinds };
}
