/** A random source in [0, 1). Everything the corpus draws goes through one, so a seed fixes the output. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for synthetic data; not for anything secret. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into a seed, so one term or one paper gets its own stream independent of draw order. */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export function randomInt(random: Random, min: number, maxInclusive: number): number {
  return min + Math.floor(random() * (maxInclusive - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/**
 * A Zipf-like rank in [1, max]: P(rank = k) is close to k^-exponent (continuous inverse CDF, so
 * one draw costs one Math.pow whatever the vocabulary size).
 */
export function zipfRank(random: Random, exponent: number, max: number): number {
  const u = random();
  if (Math.abs(exponent - 1) < 1e-9)
    return Math.min(max, Math.floor(Math.exp(u * Math.log(max + 1))));
  const a = 1 - exponent;
  const top = Math.pow(max + 1, a);
  return Math.min(max, Math.max(1, Math.floor(Math.pow(1 + u * (top - 1), 1 / a))));
}

/** Cumulative weights for `weightedIndex`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}

/** An index drawn in proportion to the weights summed in `sums` (binary search). */
export function weightedIndex(random: Random, sums: Float64Array): number {
  const target = random() * (sums[sums.length - 1] ?? 0);
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sums[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
