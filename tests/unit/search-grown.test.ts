import { describe, expect, it } from 'vitest';
import { grown } from '@/features/search/index/grown';

describe('grown', () => {
  it('keeps an array that has room', () => {
    const array = new Int32Array(8);
    expect(grown(array, 8, (n) => new Int32Array(n))).toBe(array);
  });

  it('copies the contents into an array at least twice as long, or as long as asked', () => {
    const array = Uint16Array.from([1, 2, 3]);
    const doubled = grown(array, 4, (n) => new Uint16Array(n));
    expect(Array.from(doubled)).toEqual([1, 2, 3, 0, 0, 0]);
    expect(grown(array, 10, (n) => new Uint16Array(n)).length).toBe(10);
  });
});
