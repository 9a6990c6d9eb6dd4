/**
 * Benchmarks the built app in headless Chromium over synthetic catalogues:
 *   npm run bench [-- --sizes 1000,10000,100000 --runs 3 --large-runs 2 --library 10000 --library-runs 1]
 *   (also --kinds zipf,repetitive, --steps typing,facet,sort,scroll,baselines,reload, --seed S, --regenerate,
 *   --no-build, --no-bundled, --out <folder>, --feed-runs N, --stored 10000,100000 (papers in the catalogue
 *   store for the reopen figures; '' to skip), --no-feed, --recommend-papers N (the simulated readers'
 *   catalogue), --recommend-timing 10000,100000 (training timed in the app), --no-variants, --no-recommend,
 *   --recommend-readers 12 (per kind), --recommend-seed 7)
 * Builds into a private folder, serves it with a generated catalogue as /papers.json, measures each
 * size in fresh browser contexts, prints a table with budgets and writes bench-results/latest.json
 * (plus a timestamped copy). What each figure measures is printed under the table.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './bench/browser';
import { BENCH_DIST, bundleSize, buildApp } from './bench/build';
import { writeCorpus } from './bench/corpus-file';
import { CORPUS_KINDS, type CorpusKind } from './bench/corpus-generate';
import { bookmarkedLibrary, paperIds } from './bench/library-seed';
import { measureFeedFetch, measureStoredReload, type FeedFetchFigures } from './bench/measure-feed';
import {
  budgetLines,
  budgets,
  feedBudgets,
  feedLines,
  libraryLine,
  table,
  type FeedReport,
  type SizeReport,
} from './bench/report';
import {
  planFor,
  runLibrary,
  runOnce,
  STEPS,
  type LibraryRun,
  type RunResult,
  type SizePlan,
} from './bench/run';
import { recommendLines, runRecommendBench, type RecommendReport } from './bench/recommend';
import { startServer } from './bench/server';
import { summarize } from './bench/stats';
import { summarizeLibrary, summarizeSize, type LibrarySummary } from './bench/summary';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    library: { type: 'string', default: '10000' },
    'library-runs': { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    'no-bundled': { type: 'boolean', default: false },
    /** Rewrite the catalogues even if present (after a change to the generator). */
    regenerate: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
    /** Corpus kinds (scripts/bench/corpus-generate.ts): each size runs once per kind. */
    kinds: { type: 'string', default: 'zipf,repetitive' },
    /** Steps after load, to iterate on one figure (the table shows – for the others). */
    steps: { type: 'string', default: STEPS.join(',') },
    /** The daily flow: "Fetch new papers" runs, and the store sizes a returning reader reopens with. */
    'no-feed': { type: 'boolean', default: false },
    'feed-runs': { type: 'string', default: '3' },
    stored: { type: 'string', default: '10000,100000' },
    /** For you: quality on simulated readers of this size's catalogue, training timed in the app at these sizes. */
    'no-recommend': { type: 'boolean', default: false },
    'recommend-papers': { type: 'string', default: '10000' },
    'recommend-timing': { type: 'string', default: '10000,100000' },
    /** Skip the other settings tried on the same readers (the README's choice of weights). */
    'no-variants': { type: 'boolean', default: false },
    /** Simulated readers of each kind, and the seed that draws them (another seed checks a choice holds). */
    'recommend-readers': { type: 'string', default: '12' },
    'recommend-seed': { type: 'string', default: '7' },
  },
});
const kinds = values.kinds.split(',').map((name) => {
  const kind = CORPUS_KINDS.find((known) => known === name.trim());
  if (!kind) throw new Error(`Unknown corpus kind "${name}" (known: ${CORPUS_KINDS.join(', ')})`);
  return kind;
});
const steps = new Set(
  values.steps.split(',').map((name) => {
    const known = STEPS.find((candidate) => candidate === name.trim());
    if (!known) throw new Error(`Unknown step "${name}" (known: ${STEPS.join(', ')})`);
    return known;
  }),
);
const counts = (list: string) =>
  list
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
const sizes = counts(values.sizes);
const storedSizes = values['no-feed'] ? [] : counts(values.stored);
const recommendSizes = values['no-recommend']
  ? []
  : [...new Set([...counts(values['recommend-papers']), ...counts(values['recommend-timing'])])];
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const libraryPapers = Number(values.library);
const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const started = Date.now();
const loadBefore = loadavg();

mkdirSync(values.out, { recursive: true });
if (!values['no-build']) log(`vite build -> ${BENCH_DIST} (${buildApp().toFixed(1)} s)`);
const bundle = bundleSize();

const catalogueOf = (papers: number, kind: CorpusKind = 'zipf') =>
  join(
    values.out,
    `${papers}${kind === 'zipf' ? '' : `-${kind}`}${seed === 1 ? '' : `-seed${seed}`}.papers.json`,
  );
const labelOf = (papers: number, kind: CorpusKind) =>
  kind === 'zipf' ? String(papers) : `${papers} ${kind.slice(0, 3)}.`;
const corpora = [
  ...kinds.flatMap((kind) => sizes.map((papers) => ({ papers, kind }))),
  ...[...storedSizes, ...recommendSizes].map((papers) => ({ papers, kind: 'zipf' as const })),
];
for (const { papers, kind } of corpora) {
  const file = catalogueOf(papers, kind);
  if (existsSync(file) && !values.regenerate) continue;
  const made = writeCorpus(papers, file, seed, undefined, kind);
  log(
    `generated ${file}: ${made.distinctTerms} distinct terms, ${made.megabytes.toFixed(0)} MiB, ${made.seconds.toFixed(1)} s`,
  );
}

const largeRuns = Math.max(1, Number(values['large-runs']));
const plans: Array<{ plan: SizePlan; catalogue: string | null }> = [];
if (!values['no-bundled'] && existsSync(join(BENCH_DIST, 'papers.json'))) {
  plans.push({
    plan: planFor('bundled', null, runs, largeRuns, 'zipf', steps),
    catalogue: null,
  });
}
for (const kind of kinds)
  for (const papers of sizes)
    plans.push({
      plan: planFor(labelOf(papers, kind), papers, runs, largeRuns, kind, steps),
      catalogue: catalogueOf(papers, kind),
    });

const server = await startServer(BENCH_DIST);
const browser = await launchBrowser();
const reports: SizeReport[] = [];
const rawRuns: Record<string, RunResult[]> = {};
let library: { summary: LibrarySummary; runs: LibraryRun[]; catalogue: string } | null = null;
const feed: FeedReport = { fetch: null, stored: [] };
let recommend: RecommendReport | null = null;
const feedRuns: { fetch: FeedFetchFigures[]; stored: unknown[] } = { fetch: [], stored: [] };
try {
  for (const { plan, catalogue } of plans) {
    server.useCatalogue(catalogue);
    const results: RunResult[] = [];
    for (let run = 1; run <= plan.runs; run++) {
      const t = Date.now();
      const result = await runOnce(browser, `${server.url}/`, plan);
      results.push(result);
      const errors = result.errors.length ? `; errors: ${result.errors.join(' | ')}` : '';
      log(
        `${plan.label} run ${run}/${plan.runs}: first results ${result.load?.firstResultsMs.toFixed(0) ?? '–'} ms (${((Date.now() - t) / 1000).toFixed(0)} s)${errors}`,
      );
    }
    rawRuns[plan.label] = results;
    reports.push({
      label: plan.label,
      kind: plan.kind,
      papers: plan.papers,
      runs: plan.runs,
      summary: summarizeSize(results),
    });
  }
  const librarySize = sizes.filter((n) => n >= libraryPapers).sort((a, b) => b - a)[0];
  if (libraryPapers > 0 && librarySize !== undefined && kinds.includes('zipf')) {
    const catalogue = catalogueOf(librarySize);
    server.useCatalogue(catalogue);
    const storage = bookmarkedLibrary(paperIds(catalogue, libraryPapers));
    const libraryRuns: LibraryRun[] = [];
    const plan = planFor(String(librarySize), librarySize, runs, largeRuns);
    const count = Math.max(1, Number(values['library-runs']));
    for (let run = 1; run <= count; run++) {
      libraryRuns.push(await runLibrary(browser, `${server.url}/`, plan, storage, libraryPapers));
      log(`large library run ${run}/${count} on ${librarySize} papers`);
    }
    library = { summary: summarizeLibrary(libraryRuns), runs: libraryRuns, catalogue };
  }
  if (!values['no-feed']) {
    server.useCatalogue(null);
    const fetches: FeedFetchFigures[] = [];
    for (let run = 1; run <= Math.max(1, Number(values['feed-runs'])); run++) {
      const figures = await measureFeedFetch(browser, `${server.url}/`);
      fetches.push(figures);
      log(`fetch new papers run ${run}: summary after ${figures.summaryMs.toFixed(0)} ms`);
    }
    feedRuns.fetch = fetches;
    const tasks = fetches.flatMap((figures) => figures.longTasks);
    feed.fetch = {
      runs: fetches.length,
      days: fetches[0].days,
      perDay: fetches[0].perDay,
      summaryMs: summarize(fetches.map((figures) => figures.summaryMs)),
      listedMs: summarize(fetches.map((figures) => figures.listedMs)),
      longTasks: {
        count: tasks.length,
        maxMs: tasks.length ? Math.max(...tasks.map((task) => task.duration)) : null,
      },
      summary: fetches.at(-1)?.summary ?? '',
    };
    for (const papers of storedSizes) {
      const plan = planFor(String(papers), papers, runs, largeRuns);
      const reloads = [];
      for (let run = 1; run <= plan.runs; run++) {
        const figures = await measureStoredReload(
          browser,
          `${server.url}/`,
          (path) => server.useCatalogue(path),
          catalogueOf(papers),
          plan.quietMs,
          plan.readyTimeoutMs,
        );
        reloads.push(figures);
        log(
          `${papers} stored, reopen run ${run}: first results ${figures.reload.firstResultsMs.toFixed(0)} ms`,
        );
      }
      feedRuns.stored.push({ papers, runs: reloads });
      feed.stored.push({
        papers,
        runs: reloads.length,
        seedMs: summarize(reloads.map((figures) => figures.seedMs)),
        firstResultsMs: summarize(reloads.map((figures) => figures.reload.firstResultsMs)),
        searchReadyMs: summarize(reloads.map((figures) => figures.reload.searchReadyMs)),
        totalCount: reloads.at(-1)?.reload.totalCount ?? null,
      });
    }
  }
  const qualitySize = counts(values['recommend-papers'])[0];
  if (!values['no-recommend'] && qualitySize !== undefined) {
    recommend = await runRecommendBench(
      browser,
      `${server.url}/`,
      catalogueOf(qualitySize),
      counts(values['recommend-timing']).map((papers) => ({
        file: catalogueOf(papers),
        use: () => server.useCatalogue(catalogueOf(papers)),
        timeoutMs: papers >= 50_000 ? 180_000 : 60_000,
      })),
      {
        variants: !values['no-variants'],
        readersPerKind: Math.max(1, Number(values['recommend-readers'])),
        seed: Number(values['recommend-seed']),
        log,
      },
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const notes = [
  'first results: navigation start -> a task queued after the first animation frame that contains the first visible <article> (rAF + MessageChannel, main thread; compositor/GPU time not included).',
  'search available: end of the app\'s "Indexing…" indicator when it shows one ("ind."; given up after 30 s, 90 s from 50k papers), else the last change of the result count for a probe query ("transformer") typed right after first results.',
  'keystroke -> paint: keydown event.timeStamp (input queueing included) -> a task after the frame following the change of the "N papers" status; when the count stays the same, the first change in the markup of the first listed papers (order, titles, highlighted words); neither within max(150 ms, 300 ms from 50k papers, 3x the slowest so far; at most 2 s) = "without visible change" (not in the figures). "late updates": a count change arriving after that timeout (a misattribution check; 0 is good).',
  'echo: keydown -> a task after the next frame (the typed character shown). Long tasks: PerformanceObserver "longtask" (> 50 ms) during the typing or scrolling window.',
  "baselines run in the same page after the app's measurements, on the catalogue fetched again; their times are pure search (no rendering), while the app figure is keystroke -> paint on the same prefixes: the ratios (baseline p95 / app p95) flatter the baselines.",
  'substring scan: every prefix of 2+ characters, shortest first, within 8 s per run. Fuse.js: prefixes of 2-3 characters only above 2k papers, within 6 s per run (10 s from 50k papers); "cut" = prefixes left out by a budget, summed over runs.',
  'heap: CDP Runtime.getHeapUsage after a forced GC, the page main thread plus every dedicated worker of the page, measured after load and before the baselines.',
  "service workers blocked (the app's worker would precache and serve the bundled catalogue); the catalogue is served uncompressed over loopback with no-store; each run is a fresh browser context.",
  `sizes of 50k+ papers run ${largeRuns} time(s) (--large-runs); other sizes ${runs}.`,
  'daily flow: "Fetch new papers" on a fresh catalogue, the API answered in the page by recorded-shape days of 50 papers (Playwright routing), click -> summary, and click -> the list counting every fetched paper. Catalogue store: the generated papers written into IndexedDB, then the app opened with the bundled papers.json: first results and search available as above.',
];
const budgetRows = [...budgets(reports, bundle.initialKb), ...feedBudgets(feed)];
console.log(
  `\nPapershelf benchmark — ${new Date().toISOString()} — ${cpus().length} cores, load avg before ${loadBefore[0].toFixed(2)}, after ${loadavg()[0].toFixed(2)}`,
);
console.log(
  `initial JS ${bundle.initialKb.toFixed(1)} kB gzip, lazy JS ${bundle.lazyKb.toFixed(1)} kB gzip\n`,
);
console.log(table(reports));
if (library) console.log(`\n${libraryLine(library.summary)}`);
if (feed.fetch || feed.stored.length > 0) console.log(`\nDaily flow\n${feedLines(feed)}`);
if (recommend) console.log(`\n${recommendLines(recommend).join('\n')}`);
console.log(`\nBudgets\n${budgetLines(budgetRows)}\n`);
for (const report of reports)
  for (const error of report.summary.errors) console.log(`error (${report.label}): ${error}`);
console.log(notes.map((note) => `- ${note}`).join('\n'));

const json = {
  startedAt: new Date(started).toISOString(),
  durationS: (Date.now() - started) / 1000,
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: {
    cores: cpus().length,
    node: process.version,
    loadAvgBefore: loadBefore,
    loadAvgAfter: loadavg(),
  },
  bundle,
  sizes: reports,
  library: library
    ? { catalogue: library.catalogue, ...library.summary, runs: library.runs }
    : null,
  feed: { ...feed, runs: feedRuns },
  recommend,
  budgets: budgetRows,
  notes,
  runs: rawRuns,
};
const stamp = new Date(started).toISOString().replace(/[:.]/g, '-');
writeFileSync(join(values.out, 'latest.json'), JSON.stringify(json, null, 1));
writeFileSync(join(values.out, `bench-${stamp}.json`), JSON.stringify(json, null, 1));
log(
  `wrote ${join(values.out, 'latest.json')} and bench-${stamp}.json in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
