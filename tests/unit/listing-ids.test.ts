import { describe, expect, it } from 'vitest';
import {
  baseIdFor,
  MAX_SLUG_LENGTH,
  shortHash,
  slugify,
  uniqueIds,
} from '@/features/papers/paper-id';

describe('slugify', () => {
  it('keeps lowercase ASCII words joined by hyphens', () => {
    expect(slugify('CodeT5+: Open Code LLMs!')).toBe('codet5-open-code-llms');
    expect(slugify('  Ünïcödé — Modèle à 3D  ')).toBe('unicode-modele-a-3d');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugify(
      'Attention is All You Need? Good Embeddings with Statistics are enough:Large Scale Audio Understanding',
    );
    expect(slug).toBe(
      'attention-is-all-you-need-good-embeddings-with-statistics-are-enough-large-scale',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });
});

describe('baseIdFor', () => {
  it('prefers the arXiv id, made URL-safe', () => {
    expect(baseIdFor({ arxivId: '2305.07922', title: 'T' })).toBe('2305.07922');
    expect(baseIdFor({ arxivId: 'hep-th/9901001', title: 'T' })).toBe('hep-th_9901001');
  });

  it('falls back to a hash for a title with no ASCII letters or digits', () => {
    expect(baseIdFor({ arxivId: null, title: '深度学习' })).toBe(`paper-${shortHash('深度学习')}`);
    expect(baseIdFor({ arxivId: null, title: '深度学习' })).toMatch(/^paper-[a-z0-9]{6}$/);
  });
});

describe('uniqueIds', () => {
  it('keeps the first holder of an id and suffixes later ones from their own text', () => {
    const ids = uniqueIds([
      { base: 'a', seed: 'one' },
      { base: 'a', seed: 'two' },
      { base: 'b', seed: 'three' },
    ]);
    expect(ids).toEqual(['a', `a-${shortHash('two')}`, 'b']);
  });

  it('gives exact repeats distinct ids too', () => {
    const ids = uniqueIds(Array.from({ length: 3 }, () => ({ base: 'a', seed: 'same' })));
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(['a', `a-${shortHash('same')}`, `a-${shortHash('same')}-2`]);
  });

  it('does not hand out a suffixed id that another paper has as its own', () => {
    const taken = `a-${shortHash('two')}`;
    const ids = uniqueIds([
      { base: 'a', seed: 'one' },
      { base: 'a', seed: 'two' },
      { base: taken, seed: 'x' },
    ]);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(taken);
  });
});
