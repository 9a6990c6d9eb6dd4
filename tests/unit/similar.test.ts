import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@/features/papers/schema';
import { createSearchEngine } from '@/features/search/engine';
import { tokenize } from '@/features/search/text/tokenize';

const papers = datasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/papers.json'), 'utf8')),
).papers;
const engine = createSearchEngine(papers);
const byId = new Map(papers.map((paper) => [paper.id, paper]));
const speech = papers.filter((paper) => paper.topics.includes('Speech'));

describe('similar papers', () => {
  it.each(speech.map((paper) => [paper.title.slice(0, 40), paper.id]))(
    'finds speech neighbours for %s',
    (_, id) => {
      const similar = engine.similar(id, 5);
      expect(similar).toHaveLength(5);
      const neighbours = similar.map((s) => byId.get(s.id)!);
      expect(
        neighbours.filter((paper) => paper.topics.includes('Speech')).length,
      ).toBeGreaterThanOrEqual(1);
      expect(neighbours[0].topics).toContain('Speech');
    },
  );

  it('explains each neighbour with the words both papers share', () => {
    const [source] = speech;
    for (const neighbour of engine.similar(source.id, 5)) {
      expect(neighbour.sharedTerms.length).toBeGreaterThan(0);
      expect(neighbour.sharedTerms.length).toBeLessThanOrEqual(5);
      const other = byId.get(neighbour.id)!;
      for (const term of neighbour.sharedTerms) {
        const words = (p: typeof other) =>
          tokenize(
            `${p.title} ${p.abstract} ${p.topics.join(' ')} ${p.organization?.name ?? ''} ${p.organization?.handle ?? ''}`,
          );
        expect(words(source)).toContain(term);
        expect(words(other)).toContain(term);
      }
    }
  });

  it('orders neighbours by a cosine score in (0, 1], never the paper itself', () => {
    for (const paper of papers.slice(0, 10)) {
      const similar = engine.similar(paper.id, 5);
      const scores = similar.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
      expect(similar.map((s) => s.id)).not.toContain(paper.id);
    }
  });

  it('scores a paper with the same text as 1, and unrelated papers not at all', () => {
    const base = papers[0];
    const twin = { ...base, id: 'twin-copy' };
    const unrelated = {
      ...base,
      id: 'unrelated',
      title: 'Zebrafish',
      abstract: 'Zebrafish husbandry.',
      topics: [],
    };
    const small = createSearchEngine([base, twin, unrelated, ...papers.slice(1, 5)]);
    const similar = small.similar(base.id, 10);
    expect(similar[0]).toMatchObject({ id: 'twin-copy' });
    expect(similar[0].score).toBeCloseTo(1, 5);
    expect(similar.map((s) => s.id)).not.toContain('unrelated');
  });

  it('returns nothing for an unknown paper and respects k', () => {
    expect(engine.similar('no-such-paper')).toEqual([]);
    expect(engine.similar(papers[0].id, 2)).toHaveLength(2);
    expect(engine.similar(papers[0].id, 0)).toEqual([]);
  });
});
