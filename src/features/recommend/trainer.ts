import type { SparseVector } from './features';

export interface Example {
  vector: SparseVector;
  label: 1 | -1;
  /** This example's C: how much a margin violation on it costs. */
  cost: number;
}

/** `w . x + bias`, with the dual variables that say how much each example shaped `w`. */
export interface LinearModel {
  /** Dense over term numbers; non-zero only at `terms`. */
  weights: Float64Array;
  /** The terms any example has, ascending: the only ones whose weight can be non-zero. */
  terms: Int32Array;
  bias: number;
  /** Per example: w = sum of alpha_i y_i x_i (the bias feature included). */
  alphas: Float64Array;
  epochs: number;
}

export interface TrainOptions {
  /** Stop once the projected gradients span less than this (liblinear's default is 0.1). */
  tolerance?: number;
  maxEpochs?: number;
  /** Value of the constant feature that carries the bias (liblinear's `-B`). */
  biasFeature?: number;
}

/** Deterministic order: the same examples always train the same model (undo restores, a restore matches). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Class costs as scikit-learn's `class_weight="balanced"` gives them, scaled by each example's strength: each
 * class's costs sum to `c * n / 2`, so twenty liked papers weigh as much as a thousand sampled negatives.
 */
export function balancedCosts(
  examples: readonly { label: 1 | -1; strength: number }[],
  c: number,
): number[] {
  let positive = 0;
  let negative = 0;
  for (const { label, strength } of examples) {
    if (label === 1) positive += strength;
    else negative += strength;
  }
  const half = (c * examples.length) / 2;
  return examples.map(({ label, strength }) =>
    label === 1 ? (half * strength) / (positive || 1) : (half * strength) / (negative || 1),
  );
}

/**
 * An L2-regularised linear SVM with the squared hinge loss (scikit-learn's LinearSVC, arxiv-sanity's choice),
 * trained by dual coordinate descent (Hsieh et al. 2008, liblinear's solver 1): each step solves for one
 * example's dual variable exactly and updates `w` in place, so an epoch costs one pass over the examples'
 * non-zeros and a few dozen epochs converge. Pure and deterministic.
 */
export function trainLinearSvm(
  examples: readonly Example[],
  termCount: number,
  options: TrainOptions = {},
): LinearModel {
  const { tolerance = 0.01, maxEpochs = 300, biasFeature = 1 } = options;
  const n = examples.length;
  const weights = new Float64Array(termCount);
  const alphas = new Float64Array(n);
  let bias = 0;
  // Squared hinge: a diagonal 1 / (2 C_i) joins Q_ii, and alpha has no upper bound.
  const diagonal = new Float64Array(n);
  const qd = new Float64Array(n);
  const labels = new Float64Array(n);
  const used = new Uint8Array(termCount);
  // The examples as one compressed sparse row matrix: the inner loops then read two flat arrays.
  const rowStart = new Int32Array(n + 1);
  examples.forEach(({ vector }, i) => (rowStart[i + 1] = rowStart[i] + vector.terms.length));
  const columns = new Int32Array(rowStart[n]);
  const cells = new Float64Array(rowStart[n]);
  examples.forEach(({ vector, cost, label }, i) => {
    diagonal[i] = 1 / (2 * cost);
    labels[i] = label;
    columns.set(vector.terms, rowStart[i]);
    cells.set(vector.values, rowStart[i]);
    let squares = biasFeature * biasFeature;
    for (let k = 0; k < vector.values.length; k++) {
      squares += vector.values[k] * vector.values[k];
      used[vector.terms[k]] = 1;
    }
    qd[i] = squares + diagonal[i];
  });
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(n * 7919 + termCount);
  let epochs = 0;
  while (epochs < maxEpochs && n > 0) {
    epochs++;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    let maxGradient = -Infinity;
    let minGradient = Infinity;
    for (let o = 0; o < n; o++) {
      const i = order[o];
      const label = labels[i];
      const from = rowStart[i];
      const to = rowStart[i + 1];
      let dot = bias * biasFeature;
      for (let k = from; k < to; k++) dot += weights[columns[k]] * cells[k];
      const gradient = label * dot - 1 + diagonal[i] * alphas[i];
      const projected = alphas[i] === 0 ? Math.min(gradient, 0) : gradient;
      if (projected > maxGradient) maxGradient = projected;
      if (projected < minGradient) minGradient = projected;
      if (projected === 0) continue;
      const previous = alphas[i];
      alphas[i] = Math.max(previous - gradient / qd[i], 0);
      const step = (alphas[i] - previous) * label;
      for (let k = from; k < to; k++) weights[columns[k]] += step * cells[k];
      bias += step * biasFeature;
    }
    if (maxGradient - minGradient <= tolerance) break;
  }
  const terms: number[] = [];
  for (let t = 0; t < termCount; t++) if (used[t] === 1) terms.push(t);
  return { weights, terms: Int32Array.from(terms), bias: bias * biasFeature, alphas, epochs };
}

/** The model's score for one vector. */
export function scoreOf(model: LinearModel, vector: SparseVector): number {
  let dot = model.bias;
  for (let k = 0; k < vector.terms.length; k++)
    dot += model.weights[vector.terms[k]] * vector.values[k];
  return dot;
}
