import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Paper } from '@/features/papers/schema';
import { emptyFilters } from '@/features/search/facets/filters';
import { createSearchEngine } from '@/features/search/engine';

/*
 * Figures, printed: build time and per-keystroke search time on synthetic catalogues made by
 * recombining the real titles and abstract sentences (about 210-word abstracts, 50
 * organisations, years 2019-2025), as performance-anchors.md measured the libraries.
 * SEARCH_PERF_SIZES=10000,100000 npx vitest run tests/unit/search-perf.test.ts
 * Timings are printed, not asserted (they depend on the machine); correctness is asserted.
 * It runs only when SEARCH_PERF_SIZES is set: speed belongs to `npm run bench`, not to every `npm test`.
 */
const sizes = (process.env.SEARCH_PERF_SIZES ?? '').split(',').filter(Boolean).map(Number);
const real = datasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/papers.json'), 'utf8')),
).papers;
const sentences = real
  .flatMap((paper) => paper.abstract.split(/(?<=\.)\s+/))
  .filter((s) => s.length > 20);
const topics = [...new Set(real.flatMap((paper) => paper.topics))];
const queries = [
  'speech recognition',
  'transformer',
  'diffusion language models',
  'encoder decoder',
  'transfomer',
  'efficient inference',
  'image compression',
  'masked autoencoder',
  'parallel decoding',
  'code generation',
  'state space models',
  'knowledge distillation',
];
/** Every prefix from 2 characters: what typing the queries sends. */
const keystrokes = queries.flatMap((query) =>
  Array.from({ length: query.length - 1 }, (_, i) => query.slice(0, i + 2)),
);

function synthetic(count: number): Paper[] {
  let seed = 12345;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const parts: string[] = [];
    for (let words = 0; words < 210;) {
      const sentence = pick(sentences);
      parts.push(sentence);
      words += sentence.split(' ').length;
    }
    const [a, b] = [pick(real).title.split(' '), pick(real).title.split(' ')];
    const org = Math.floor(random() * 50);
    const year = 2019 + Math.floor(random() * 7);
    return {
      ...real[0],
      id: `p${i}`,
      title: [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(
        ' ',
      ),
      abstract: parts.join(' '),
      organization: { handle: `org-${org}`, name: `Organisation ${org}` },
      publishedAt:
        random() < 0.95
          ? `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`
          : null,
      comments: random() < 0.8 ? Math.floor(random() * 30) : null,
      codeUrl: random() < 0.4 ? 'https://github.com/example/code' : null,
      topics: [pick(topics), pick(topics)],
    };
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (value: number) => Math.round(value * 100) / 100;

// Skipped (and reported as skipped) unless sizes are asked for.
describe.skipIf(sizes.length === 0).each(sizes.length > 0 ? sizes : [0])(
  'search figures at %i papers',
  (size) => {
    it('builds, answers every keystroke, and reports the times', { timeout: 600_000 }, () => {
      const papers = synthetic(size);
      const before = process.memoryUsage();
      let start = performance.now();
      const engine = createSearchEngine(papers);
      const buildMs = performance.now() - start;
      const after = process.memoryUsage();

      const times: number[] = [];
      const totals = new Map<string, number>();
      for (const text of keystrokes) {
        start = performance.now();
        const result = engine.search({ text, filters: emptyFilters(), sort: null, scope: 'all' });
        times.push(performance.now() - start);
        totals.set(text, result.total);
      }
      times.sort((a, b) => a - b);
      start = performance.now();
      for (let i = 0; i < 20; i++) engine.similar(`p${i * 7}`, 5);
      const similarMs = (performance.now() - start) / 20;

      const figures: Record<string, number> = {
        papers: size,
        buildMs: Math.round(buildMs),
        keystrokes: keystrokes.length,
        medianMs: ms(percentile(times, 0.5)),
        p95Ms: ms(percentile(times, 0.95)),
        maxMs: ms(times.at(-1)!),
        similarMs: ms(similarMs),
        // Typed arrays allocated by the build, before any GC: the index plus the build's scratch.
        arrayBuffersBeforeGcMiB: Math.round((after.arrayBuffers - before.arrayBuffers) / 2 ** 20),
      };
      if (size <= 10_000) {
        // Fuse.js as the anchors configured it, on a sample of keystrokes (it is slow).
        const fuse = new Fuse(papers, {
          keys: [
            { name: 'title', weight: 2 },
            { name: 'abstract', weight: 1 },
          ],
          threshold: 0.3,
          ignoreLocation: true,
        });
        const sample = keystrokes.filter((_, i) => i % 15 === 0);
        const fuseTimes = sample.map((text) => {
          const t = performance.now();
          fuse.search(text);
          return performance.now() - t;
        });
        fuseTimes.sort((a, b) => a - b);
        figures.fuseMedianMs = ms(percentile(fuseTimes, 0.5));
        figures.fuseOverOurs = Math.round(figures.fuseMedianMs / Math.max(0.01, figures.medianMs));
      }
      console.log(`search figures ${JSON.stringify(figures)}`);

      // Finished queries find papers; typing narrows or keeps (AND), never widens, within a word.
      for (const query of queries) expect(totals.get(query), query).toBeGreaterThan(0);
      expect(totals.get('speech recognition')!).toBeLessThanOrEqual(totals.get('speech ')!);
    });
  },
);
