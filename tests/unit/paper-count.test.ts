import { describe, expect, it } from 'vitest';
import { paperCount } from '@/lib/paper-count';

describe('paperCount', () => {
  it('reads as a person would write it', () => {
    expect([0, 1, 2, 12_345].map(paperCount)).toEqual([
      '0 papers',
      '1 paper',
      '2 papers',
      '12,345 papers',
    ]);
  });
});
