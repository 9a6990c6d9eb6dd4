import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/features/search/engine';
import { emptyFilters } from '@/features/search/facets/filters';
import { StepwiseSort } from '@/features/search/ranking/stepwise-sort';
import { fold } from '@/features/search/text/tokenize';
import { blankPaper } from '../fixtures/paper';

/** A small deterministic generator, so a failure can be reproduced. */
function numbers(count: number, seed: number, range: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % range;
  });
}

const reference = (keys: number[]) =>
  keys.map((_, index) => index).sort((a, b) => keys[a] - keys[b] || a - b);

describe('a sort done a slice at a time', () => {
  it.each([0, 1, 7, 1024, 1025, 3000, 10_000])('orders %i numbers as a full sort does', (count) => {
    // Few distinct keys: many ties, which must keep their order (stability).
    const keys = numbers(count, count + 1, 50);
    const sorter = new StepwiseSort(count, (a, b) => keys[a] - keys[b]);
    let steps = 0;
    while (!sorter.step(333)) steps++;
    expect([...sorter.finish()]).toEqual(reference(keys));
    if (count > 2048) expect(steps).toBeGreaterThan(10);
  });

  it('finishes what is left when asked for the order before its last slice', () => {
    const keys = numbers(5000, 3, 1000);
    const sorter = new StepwiseSort(keys.length, (a, b) => keys[a] - keys[b]);
    sorter.step(20_000);
    expect(sorter.done).toBe(false);
    expect([...sorter.finish()]).toEqual(reference(keys));
  });
});

describe('the title order beside the index build', () => {
  const papers = numbers(5000, 11, 700).map((n, index) =>
    blankPaper(`p${String(index).padStart(5, '0')}`, {
      // Shared prefixes and accents, as real titles have.
      title: `${n % 3 === 0 ? 'É' : 'e'}fficient ${['Speech', 'speech', 'Vision'][n % 3]} ${n}`,
    }),
  );
  const titleIds = (engine: ReturnType<typeof createSearchEngine>) =>
    [...engine.search({ text: '', filters: emptyFilters(), sort: 'title', scope: 'all' }).docs].map(
      (doc) => papers[doc].id,
    );

  it('gives the order a sort at request time gives', () => {
    const stepped = createSearchEngine(papers, { deferIndex: true });
    while (!stepped.buildStep(500));
    const whole = createSearchEngine(papers);
    expect(titleIds(stepped)).toEqual(titleIds(whole));
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    const order = titleIds(stepped).map((id) => fold(byId.get(id)!.title));
    expect(order).toEqual([...order].sort());
  });

  it('starts again when papers are added during the build', () => {
    const stepped = createSearchEngine(papers.slice(0, 4000), { deferIndex: true });
    stepped.buildStep(500);
    stepped.addPapers(papers.slice(4000));
    while (!stepped.buildStep(500));
    expect(titleIds(stepped)).toEqual(titleIds(createSearchEngine(papers)));
  });
});
