import type { BaselineSample } from './baselines';
import type { LongFrame } from './page-probes';
import type { LibraryRun, RunResult } from './run';
import { ratio, summarize, type Summary } from './stats';

export type BaselineSummary = {
  baseline: Summary;
  /** Papershelf keystroke-to-paint on the same prefixes in the same runs. */
  app: Summary;
  /** baseline / Papershelf: how many times faster the app is (>1) or slower (<1). */
  medianRatio: number | null;
  p95Ratio: number | null;
  skipped: number;
};

export type SizeSummary = {
  domContentLoadedMs: Summary;
  catalogueReceivedMs: Summary;
  firstResultsMs: Summary;
  searchReadyMs: Summary;
  searchReadyHow: string | null;
  keystrokeMs: Summary;
  keystrokeEchoMs: Summary;
  keystrokesWithoutVisibleChange: number;
  lateUpdates: number;
  appSearchMeasuresMs: Summary;
  facetMs: Summary;
  sortMs: Summary;
  longTasksTyping: { count: number; maxMs: number | null };
  longTasksScrolling: { count: number; maxMs: number | null };
  /** Script time inside long animation frames (typing + scrolling), by script file; "" = no URL. */
  longFrameScriptMs: Record<string, number>;
  scrollFrameGapMs: Summary;
  articlesAfterLoad: number | null;
  maxArticles: number | null;
  maxListNodes: number | null;
  heapTotalMB: Summary;
  heapPageMB: Summary;
  heapWorkersMB: Summary;
  workerCount: number | null;
  substring: BaselineSummary | null;
  fuse: BaselineSummary | null;
  /** Fuse.js against the app's engine alone (its \`papershelf:search\` measure) on the same prefixes. */
  fuseEngine: BaselineSummary | null;
  /** Load figures after a reload of the same context (the catalogue store and any persisted index). */
  reloadFirstResultsMs: Summary;
  reloadSearchReadyMs: Summary;
  errors: string[];
};

function scriptTime(frames: LongFrame[]): Record<string, number> {
  const bySource: Record<string, number> = {};
  for (const script of frames.flatMap((frame) => frame.scripts)) {
    const file = script.source.split('/').pop() ?? '';
    bySource[file] = Math.round((bySource[file] ?? 0) + script.duration);
  }
  return bySource;
}

const max = (values: number[]) => (values.length ? Math.max(...values) : null);

function compare(
  runs: RunResult[],
  pick: (run: RunResult) => { samples: BaselineSample[]; skipped?: number } | undefined,
  appFigure: 'resultsMs' | 'engineMs' = 'resultsMs',
) {
  const baseline: number[] = [];
  const app: number[] = [];
  let skipped = 0;
  let any = false;
  for (const run of runs) {
    const figures = pick(run);
    if (!figures) continue;
    any = true;
    skipped += figures.skipped ?? 0;
    baseline.push(...figures.samples.map((sample) => sample.ms));
    if (!run.typing) continue;
    // Same multiset of prefixes on both sides: each baseline search matched with the app's keystroke.
    const appByPrefix = new Map<string, number[]>();
    for (const sample of run.typing.samples) {
      const ms = sample[appFigure];
      if (ms === null || ms === undefined) continue;
      appByPrefix.set(sample.prefix, [...(appByPrefix.get(sample.prefix) ?? []), ms]);
    }
    for (const sample of figures.samples)
      app.push(...(appByPrefix.get(sample.prefix)?.splice(0, 1) ?? []));
  }
  if (!any) return null;
  const summary: BaselineSummary = {
    baseline: summarize(baseline),
    app: summarize(app),
    medianRatio: null,
    p95Ratio: null,
    skipped,
  };
  summary.medianRatio = ratio(summary.baseline.median, summary.app.median);
  summary.p95Ratio = ratio(summary.baseline.p95, summary.app.p95);
  return summary;
}

export function summarizeSize(runs: RunResult[]): SizeSummary {
  const typing = runs.flatMap((run) => run.typing?.samples ?? []);
  const typingTasks = runs.flatMap((run) => run.typing?.longTasks ?? []);
  const scrollTasks = runs.flatMap((run) => run.scroll?.longTasks ?? []);
  const articles = runs
    .flatMap((run) => [run.dom?.articles, run.scroll?.maxDom.articles])
    .filter((n) => n != null);
  return {
    domContentLoadedMs: summarize(runs.map((run) => run.load?.timeline.domContentLoaded)),
    catalogueReceivedMs: summarize(runs.map((run) => run.load?.timeline.catalogueEnd)),
    firstResultsMs: summarize(runs.map((run) => run.load?.firstResultsMs)),
    searchReadyMs: summarize(runs.map((run) => run.load?.searchReadyMs)),
    searchReadyHow: runs.find((run) => run.load)?.load?.searchReadyHow ?? null,
    keystrokeMs: summarize(typing.map((sample) => sample.resultsMs)),
    keystrokeEchoMs: summarize(typing.map((sample) => sample.echoMs)),
    keystrokesWithoutVisibleChange: typing.filter((sample) => sample.via === null).length,
    lateUpdates: typing.filter((sample) => sample.late).length,
    appSearchMeasuresMs: summarize(
      runs
        .flatMap((run) => run.typing?.appMeasures ?? [])
        .filter((m) => /search/i.test(m.name))
        .map((m) => m.duration),
    ),
    facetMs: summarize(runs.flatMap((run) => run.facet?.samples ?? [])),
    sortMs: summarize(runs.flatMap((run) => run.sort?.samples ?? [])),
    longTasksTyping: {
      count: typingTasks.length,
      maxMs: max(typingTasks.map((task) => task.duration)),
    },
    longTasksScrolling: {
      count: scrollTasks.length,
      maxMs: max(scrollTasks.map((task) => task.duration)),
    },
    longFrameScriptMs: scriptTime(
      runs.flatMap((run) => [...(run.typing?.longFrames ?? []), ...(run.scroll?.longFrames ?? [])]),
    ),
    scrollFrameGapMs: summarize(runs.flatMap((run) => run.scroll?.frameGapsMs ?? [])),
    articlesAfterLoad: max(runs.flatMap((run) => (run.dom ? [run.dom.articles] : []))),
    maxArticles: max(articles),
    maxListNodes: max(
      runs
        .flatMap((run) => [run.dom?.listNodes, run.scroll?.maxDom.listNodes])
        .filter((n) => n != null),
    ),
    heapTotalMB: summarize(runs.map((run) => run.heap?.totalMB)),
    heapPageMB: summarize(runs.map((run) => run.heap?.pageUsedMB)),
    heapWorkersMB: summarize(
      runs.map((run) => (run.heap ? run.heap.totalMB - run.heap.pageUsedMB : null)),
    ),
    workerCount: max(runs.flatMap((run) => (run.heap ? [run.heap.workerUsedMB.length] : []))),
    substring: compare(runs, (run) => run.baselines?.substring),
    fuse: compare(runs, (run) => run.baselines?.fuse),
    fuseEngine: compare(runs, (run) => run.baselines?.fuse, 'engineMs'),
    reloadFirstResultsMs: summarize(runs.map((run) => run.reload?.firstResultsMs)),
    reloadSearchReadyMs: summarize(runs.map((run) => run.reload?.searchReadyMs)),
    errors: [...new Set(runs.flatMap((run) => run.errors))],
  };
}

export function summarizeLibrary(runs: LibraryRun[]) {
  return {
    bookmarkedPapers: runs[0]?.bookmarkedPapers ?? 0,
    firstResultsMs: summarize(runs.map((run) => run.firstResultsMs)),
    toggleMs: summarize(runs.flatMap((run) => run.toggle?.samples ?? [])),
    missedToggles: runs.reduce((sum, run) => sum + (run.toggle?.missed ?? 0), 0),
    controlFound: runs.some((run) => run.toggle !== null),
    errors: [...new Set(runs.flatMap((run) => run.errors))],
  };
}
export type LibrarySummary = ReturnType<typeof summarizeLibrary>;
