import type { SparseVector } from './features';
import type { LinearModel } from './trainer';
import type { Explanation, SignalContribution, SignalKind, WordWeight } from './types';

export const WHY_WORDS = 6;
export const WHY_SIGNALS = 3;

/** A training example as the explanation names it: the paper, and what made it a signal. */
export interface NamedExample {
  id: string;
  title: string;
  vector: SparseVector;
  label: 1 | -1;
  kinds: SignalKind[];
  /** Sampled unrated papers are not named: they are the background, not the reader's choices. */
  sampled: boolean;
}

function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    if (a.terms[i] === b.terms[j]) sum += a.values[i++] * b.values[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}

/**
 * Why a paper scores as it does. A linear model's score is a sum over the paper's words (weight x value), so
 * the words that add and take away the most are exact, not a guess. The SVM's weights are also a sum over its
 * examples (w = sum of alpha_i y_i x_i), so the same score splits over the reader's rated papers by their
 * likeness to this one: those are the signals behind it.
 */
export function explainScore(
  id: string,
  vector: SparseVector,
  model: LinearModel,
  examples: readonly NamedExample[],
  wordOf: (term: number) => string,
): Explanation {
  const words: WordWeight[] = [];
  let score = model.bias;
  for (let k = 0; k < vector.terms.length; k++) {
    const weight = model.weights[vector.terms[k]] * vector.values[k];
    score += weight;
    if (weight !== 0) words.push({ word: wordOf(vector.terms[k]), weight });
  }
  words.sort((a, b) => b.weight - a.weight);
  const signals: SignalContribution[] = [];
  examples.forEach((example, i) => {
    const alpha = model.alphas[i];
    if (example.sampled || alpha === 0 || example.id === id) return;
    const weight = alpha * example.label * dot(example.vector, vector);
    if (weight !== 0)
      signals.push({ id: example.id, title: example.title, kinds: example.kinds, weight });
  });
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    id,
    score,
    lifting: words.filter((w) => w.weight > 0).slice(0, WHY_WORDS),
    holding: words
      .filter((w) => w.weight < 0)
      .reverse()
      .slice(0, WHY_WORDS),
    signals: signals.slice(0, WHY_SIGNALS),
  };
}

/** The model's strongest words each way, as arxiv-sanity's "inspect" shows them. */
export function strongestWords(
  model: LinearModel,
  wordOf: (term: number) => string,
  positive: number,
  negative: number,
): { positiveWords: WordWeight[]; negativeWords: WordWeight[] } {
  const all = Array.from(model.terms, (term) => ({ term, weight: model.weights[term] }));
  all.sort((a, b) => b.weight - a.weight);
  const named = (list: typeof all) =>
    list.map(({ term, weight }) => ({ word: wordOf(term), weight }));
  return {
    positiveWords: named(all.filter((w) => w.weight > 0).slice(0, positive)),
    negativeWords: named(
      all
        .filter((w) => w.weight < 0)
        .reverse()
        .slice(0, negative),
    ),
  };
}
