import { describe, expect, it } from 'vitest';
import type { SparseVector } from '@/features/recommend/features';
import { balancedCosts, scoreOf, trainLinearSvm, type Example } from '@/features/recommend/trainer';

const vector = (pairs: [number, number][]): SparseVector => {
  const norm = Math.hypot(...pairs.map(([, value]) => value));
  return {
    terms: Int32Array.from(pairs, ([term]) => term),
    values: Float32Array.from(pairs, ([, value]) => value / norm),
  };
};

describe('balanced costs', () => {
  it('gives each class the same total, split by strength', () => {
    const costs = balancedCosts(
      [
        { label: 1, strength: 1 },
        { label: 1, strength: 3 },
        { label: -1, strength: 1 },
        { label: -1, strength: 1 },
        { label: -1, strength: 1 },
        { label: -1, strength: 1 },
      ],
      1,
    );
    expect(costs[0] + costs[1]).toBeCloseTo(3);
    expect(costs.slice(2).reduce((a, b) => a + b)).toBeCloseTo(3);
    expect(costs[1]).toBeCloseTo(3 * costs[0]);
  });
});

describe('linear SVM by dual coordinate descent', () => {
  // Term 0 marks the positives, term 1 the negatives, term 2 is on both sides.
  const examples: Example[] = [
    {
      vector: vector([
        [0, 1],
        [2, 1],
      ]),
      label: 1,
      cost: 1,
    },
    {
      vector: vector([
        [0, 2],
        [2, 1],
      ]),
      label: 1,
      cost: 1,
    },
    {
      vector: vector([
        [1, 1],
        [2, 1],
      ]),
      label: -1,
      cost: 1,
    },
    {
      vector: vector([
        [1, 2],
        [2, 1],
      ]),
      label: -1,
      cost: 1,
    },
  ];

  it('learns the words that separate the classes, and ignores the shared one', () => {
    const model = trainLinearSvm(examples, 3);
    expect(model.weights[0]).toBeGreaterThan(0.5);
    expect(model.weights[1]).toBeLessThan(-0.5);
    expect(Math.abs(model.weights[2])).toBeLessThan(Math.abs(model.weights[0]) / 4);
    for (const example of examples)
      expect(Math.sign(scoreOf(model, example.vector))).toBe(example.label);
    expect(Array.from(model.terms)).toEqual([0, 1, 2]);
  });

  it('keeps w equal to the sum of alpha y x, which explanations rely on', () => {
    const model = trainLinearSvm(examples, 3);
    const rebuilt = new Float64Array(3);
    examples.forEach((example, i) => {
      example.vector.terms.forEach((term, k) => {
        rebuilt[term] += model.alphas[i] * example.label * example.vector.values[k];
      });
    });
    for (let t = 0; t < 3; t++) expect(rebuilt[t]).toBeCloseTo(model.weights[t], 9);
  });

  it('is deterministic: the same examples give the same model', () => {
    const a = trainLinearSvm(examples, 3);
    const b = trainLinearSvm(examples, 3);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });

  it('shrinks towards zero as C falls (regularisation)', () => {
    const strong = trainLinearSvm(examples, 3);
    const weak = trainLinearSvm(
      examples.map((example) => ({ ...example, cost: 0.001 })),
      3,
    );
    expect(Math.abs(weak.weights[0])).toBeLessThan(Math.abs(strong.weights[0]) / 10);
  });
});
