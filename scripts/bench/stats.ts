/** Median, p95 and max of a sample; null fields when there is nothing to summarise. */
export type Summary = { n: number; median: number | null; p95: number | null; max: number | null };

/** Nearest-rank percentile: the smallest sample with at least `p` of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarize(values: ReadonlyArray<number | null | undefined>): Summary {
  const numbers = values.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  return {
    n: numbers.length,
    median: percentile(numbers, 0.5),
    p95: percentile(numbers, 0.95),
    max: numbers.length ? Math.max(...numbers) : null,
  };
}

/** a / b, or null when either is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a != null && b != null && b > 0 ? a / b : null;
}
