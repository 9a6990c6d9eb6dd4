/**
 * The search engine alone, in Node, on a generated catalogue: build time and time per typed prefix.
 *   npx tsx scripts/bench-engine.ts --file bench-results/100000-repetitive.papers.json [--rounds 3]
 *     [--sort newest] [--queries a,co,transformer]
 * Also prints the first and second listing in each sort order (the first computes the order).
 * A quick loop for engine work (run it under `node --cpu-prof --import tsx` to profile); the browser
 * figures that count are `npm run bench`'s. Per prefix it keeps the fastest round: the least disturbed
 * by other work on a shared machine.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetSchema } from '@/features/papers/schema';
import { createSearchEngine } from '@/features/search/engine';
import { emptyFilters } from '@/features/search/facets/filters';
import { isSort } from '@/features/search/types';
import { typedPrefixes } from './bench/queries';
import { percentile } from './bench/stats';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    sort: { type: 'string' },
    top: { type: 'string', default: '8' },
    queries: { type: 'string' },
  },
});
if (!values.file) {
  console.error('Usage: npx tsx scripts/bench-engine.ts --file <catalogue.json> [--rounds N]');
  process.exit(2);
}
const papers = datasetSchema.parse(JSON.parse(readFileSync(values.file, 'utf8'))).papers;
const sort = isSort(values.sort) ? values.sort : null;

let started = performance.now();
const engine = createSearchEngine(papers);
console.log(
  `${papers.length} papers: index built in ${(performance.now() - started).toFixed(0)} ms`,
);

// The first listing in each order computes that order (newest is computed with the index); the second reads it.
const firstAndSecond = (['oldest', 'discussed', 'upvotes', 'title'] as const).map((order) => {
  const times = [0, 1].map(() => {
    const start = performance.now();
    engine.search({ text: '', filters: emptyFilters(), sort: order, scope: 'all' });
    return (performance.now() - start).toFixed(1);
  });
  return `${order} ${times.join(' / ')}`;
});
console.log(`sort orders, first / second listing, ms: ${firstAndSecond.join(', ')}`);

// As in the app: the user's data is set once after load (a paper in the library, tagged, with a note).
engine.setUserData([
  { id: papers[0].id, status: 'reading', tags: ['rl'], note: 'Read the transformer section.' },
]);

const prefixes = values.queries
  ? values.queries.split(',').map((prefix) => ({ query: prefix, prefix }))
  : [...'atsdmcpe'.split('').map((prefix) => ({ query: prefix, prefix })), ...typedPrefixes()];
const times = new Map<string, number[]>();
for (let round = 0; round < Number(values.rounds); round++) {
  for (const { prefix } of prefixes) {
    started = performance.now();
    engine.search({ text: prefix, filters: emptyFilters(), sort, scope: 'all' });
    const ms = performance.now() - started;
    times.set(prefix, [...(times.get(prefix) ?? []), ms]);
  }
}
const all = [...times.values()].map((ms) => Math.min(...ms));
const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
console.log(
  `search (fastest of ${values.rounds} rounds per prefix): median ${fixed(percentile(all, 0.5))} ms, p95 ${fixed(percentile(all, 0.95))} ms, max ${fixed(Math.max(...all))} ms over ${all.length} prefixes`,
);
const slowest = [...times]
  .map(([prefix, ms]) => ({ prefix, ms: Math.min(...ms) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, Number(values.top));
for (const { prefix, ms } of slowest) console.log(`  ${ms.toFixed(2).padStart(8)} ms  "${prefix}"`);
