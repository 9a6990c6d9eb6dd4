import type { CorpusKind } from './corpus-generate';
import type { Summary } from './stats';
import type { BaselineSummary, LibrarySummary, SizeSummary } from './summary';

export type SizeReport = {
  label: string;
  kind: CorpusKind;
  papers: number | null;
  runs: number;
  summary: SizeSummary;
};
export type Budget = { budget: string; value: string; pass: boolean | null };

const f = (value: number | null | undefined, digits = 0) =>
  value == null ? '–' : value.toFixed(digits);
const mp = (summary: Summary, digits = 0) =>
  summary.n === 0 ? '–' : `${f(summary.median, digits)} / ${f(summary.p95, digits)}`;
const times = (value: number | null) =>
  value == null ? '' : ` (${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x)`;
const baseline = (b: BaselineSummary | null) =>
  b === null
    ? '–'
    : `${mp(b.baseline, 1)}${times(b.p95Ratio)}${b.skipped ? ` ${b.skipped} cut` : ''}`;

const engineRatio = (b: BaselineSummary | null) =>
  b === null || b.app.n === 0 ? '–' : `${mp(b.app, 1)} n=${b.app.n}${times(b.p95Ratio)}`;

const ROWS: Array<[string, (s: SizeSummary) => string]> = [
  [
    'DOMContentLoaded / catalogue in, ms',
    (s) => `${f(s.domContentLoadedMs.median)} / ${f(s.catalogueReceivedMs.median)}`,
  ],
  ['first results, ms (med / p95)', (s) => mp(s.firstResultsMs)],
  [
    'search available, ms',
    (s) =>
      s.searchReadyHow === 'indicator' && s.searchReadyMs.n === 0
        ? '"Indexing…" never ended'
        : `${mp(s.searchReadyMs)}${s.searchReadyHow === 'indicator' ? ' ind.' : ''}`,
  ],
  ['keystroke -> paint, ms', (s) => `${mp(s.keystrokeMs, 1)} n=${s.keystrokeMs.n}`],
  ['  keystrokes w/o visible change', (s) => String(s.keystrokesWithoutVisibleChange)],
  ['  late updates', (s) => String(s.lateUpdates)],
  ['keystroke -> next frame (echo), ms', (s) => mp(s.keystrokeEchoMs, 1)],
  ['app search measures, ms', (s) => mp(s.appSearchMeasuresMs, 1)],
  ['"Has code" toggle -> paint, ms', (s) => mp(s.facetMs, 1)],
  ['"Sort by" change -> paint, ms', (s) => mp(s.sortMs, 1)],
  [
    'long tasks typing (n, max ms)',
    (s) => `${s.longTasksTyping.count}, ${f(s.longTasksTyping.maxMs)}`,
  ],
  [
    'long tasks scrolling (n, max ms)',
    (s) => `${s.longTasksScrolling.count}, ${f(s.longTasksScrolling.maxMs)}`,
  ],
  ['scroll frame gap, ms (med / p95)', (s) => mp(s.scrollFrameGapMs, 1)],
  ['articles in DOM (load / max)', (s) => `${f(s.articlesAfterLoad)} / ${f(s.maxArticles)}`],
  ['elements in the list (max)', (s) => f(s.maxListNodes)],
  [
    'JS heap MB page+workers (med)',
    (s) =>
      `${f(s.heapTotalMB.median, 1)} (${f(s.heapPageMB.median, 1)}+${f(s.heapWorkersMB.median, 1)})`,
  ],
  ['substring scan, ms (x vs app p95)', (s) => baseline(s.substring)],
  ['Fuse.js, ms (x vs app p95)', (s) => baseline(s.fuse)],
  ['Fuse.js vs engine measures (x at p95)', (s) => engineRatio(s.fuseEngine)],
  ['after reload: first results, ms', (s) => mp(s.reloadFirstResultsMs)],
  ['after reload: search available, ms', (s) => mp(s.reloadSearchReadyMs)],
];

export function table(sizes: SizeReport[]): string {
  const head = [
    '',
    ...sizes.map((size) => `${size.label} (${size.runs} run${size.runs === 1 ? '' : 's'})`),
  ];
  const body = ROWS.map(([name, cell]) => [name, ...sizes.map((size) => cell(size.summary))]);
  const widths = head.map((_, column) =>
    Math.max(...[head, ...body].map((row) => row[column].length)),
  );
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join(
    '\n',
  );
}

const check = (
  value: number | null | undefined,
  pass: (v: number) => boolean,
  shown: string,
): Budget['pass'] => (value == null || shown === '–' ? null : pass(value));

type Row = [string, number | null | undefined, (v: number) => boolean, string];

/** The budgets of issue #13 for one corpus kind; `tag` names the kind in each line ("" for the Zipf corpus). */
function sizeBudgets(sizes: SizeReport[], kind: CorpusKind, tag: string): Row[] {
  const at = (papers: number) =>
    sizes.find((size) => size.papers === papers && size.kind === kind)?.summary;
  const k10 = at(10_000);
  const k100 = at(100_000);
  const ms = (value: number | null | undefined, digits = 0) => `${f(value, digits)} ms`;
  return [
    [
      `10k${tag} keystroke p95 <= 16 ms`,
      k10?.keystrokeMs.p95,
      (v) => v <= 16,
      ms(k10?.keystrokeMs.p95, 1),
    ],
    [
      `10k${tag} engine >= 100x faster than Fuse (p95 vs p95)`,
      k10?.fuseEngine?.p95Ratio,
      (v) => v >= 100,
      `${f(k10?.fuseEngine?.p95Ratio, 1)}x`,
    ],
    [
      `100k${tag} keystroke p95 <= 50 ms`,
      k100?.keystrokeMs.p95,
      (v) => v <= 50,
      ms(k100?.keystrokeMs.p95, 1),
    ],
    [
      `100k${tag} no long task > 50 ms while typing`,
      k100 && k100.keystrokeMs.n > 0 ? k100.longTasksTyping.count : null,
      (v) => v === 0,
      `${f(k100?.longTasksTyping.count)} tasks, max ${f(k100?.longTasksTyping.maxMs)} ms`,
    ],
    [
      `100k${tag} first results <= 1.5 s (median)`,
      k100?.firstResultsMs.median,
      (v) => v <= 1500,
      ms(k100?.firstResultsMs.median),
    ],
    [
      `100k${tag} first results after reload <= 1 s (median)`,
      k100?.reloadFirstResultsMs.median,
      (v) => v <= 1000,
      ms(k100?.reloadFirstResultsMs.median),
    ],
    [
      `100k${tag} search available <= 5 s (median)`,
      k100?.searchReadyMs.median,
      (v) => v <= 5000,
      ms(k100?.searchReadyMs.median),
    ],
    [
      `100k${tag} search available after reload <= 2 s (median)`,
      k100?.reloadSearchReadyMs.median,
      (v) => v <= 2000,
      ms(k100?.reloadSearchReadyMs.median),
    ],
    [
      `100k${tag} "Has code" toggle p95 <= 50 ms`,
      k100?.facetMs.p95,
      (v) => v <= 50,
      ms(k100?.facetMs.p95, 1),
    ],
    [
      `100k${tag} "Sort by" change p95 <= 50 ms`,
      k100?.sortMs.p95,
      (v) => v <= 50,
      ms(k100?.sortMs.p95, 1),
    ],
    [
      `100k${tag} JS heap <= 400 MB (page + workers)`,
      k100?.heapTotalMB.median,
      (v) => v <= 400,
      `${f(k100?.heapTotalMB.median)} MB`,
    ],
    [
      `100k${tag} <= 200 articles in the DOM`,
      k100?.maxArticles,
      (v) => v <= 200,
      `${f(k100?.maxArticles)} articles`,
    ],
  ];
}

export function budgets(sizes: SizeReport[], initialJsKb: number | null): Budget[] {
  const bundled = sizes.find((size) => size.papers === null)?.summary;
  const kinds = [...new Set(sizes.filter((size) => size.papers !== null).map((size) => size.kind))];
  const rows: Row[] = [
    ['initial JS <= 120 kB gzip', initialJsKb, (v) => v <= 120, `${f(initialJsKb, 1)} kB`],
    [
      'bundled catalogue first results <= 300 ms (median)',
      bundled?.firstResultsMs.median,
      (v) => v <= 300,
      `${f(bundled?.firstResultsMs.median)} ms`,
    ],
    ...kinds.flatMap((kind) => sizeBudgets(sizes, kind, kind === 'zipf' ? '' : ` ${kind}`)),
  ];
  return rows.map(([budget, value, pass, shown]) => ({
    budget,
    value: shown,
    pass: check(value, pass, shown),
  }));
}

export function libraryLine(library: LibrarySummary): string {
  if (!library.controlFound)
    return `large library (${library.bookmarkedPapers} bookmarked): no "Bookmark" toggle found`;
  return (
    `large library (${library.bookmarkedPapers} bookmarked): first results ${mp(library.firstResultsMs)} ms, ` +
    `bookmark toggle -> aria-pressed painted ${mp(library.toggleMs, 1)} ms (n=${library.toggleMs.n}, missed ${library.missedToggles})`
  );
}

/** The daily flow: "Fetch new papers" over generated days, and reopening with papers in the store. */
export type FeedReport = {
  fetch: {
    runs: number;
    days: number;
    perDay: number;
    summaryMs: Summary;
    listedMs: Summary;
    longTasks: { count: number; maxMs: number | null };
    summary: string;
  } | null;
  stored: Array<{
    papers: number;
    runs: number;
    seedMs: Summary;
    firstResultsMs: Summary;
    searchReadyMs: Summary;
    totalCount: number | null;
  }>;
};

export function feedLines(feed: FeedReport): string {
  const lines: string[] = [];
  const { fetch } = feed;
  if (fetch)
    lines.push(
      `Fetch new papers, ${fetch.days} days x ${fetch.perDay} (${fetch.runs} runs): summary shown ${mp(fetch.summaryMs)} ms, ` +
        `all listed ${mp(fetch.listedMs)} ms, long tasks ${fetch.longTasks.count} (max ${f(fetch.longTasks.maxMs)} ms); "${fetch.summary}"`,
    );
  for (const row of feed.stored)
    lines.push(
      `${row.papers.toLocaleString('en')} papers in the catalogue store (${row.runs} runs): first results ${mp(row.firstResultsMs)} ms, ` +
        `search available ${mp(row.searchReadyMs)} ms, ${f(row.totalCount)} listed (stored in ${mp(row.seedMs)} ms)`,
    );
  return lines.join('\n');
}

export function feedBudgets(feed: FeedReport): Budget[] {
  const k100 = feed.stored.find((row) => row.papers === 100_000);
  if (!k100) return [];
  const rows: Row[] = [
    [
      '100k in the catalogue store: first results <= 1 s (median)',
      k100.firstResultsMs.median,
      (v) => v <= 1000,
      `${f(k100.firstResultsMs.median)} ms`,
    ],
    [
      '100k in the catalogue store: search available <= 2 s (median)',
      k100.searchReadyMs.median,
      (v) => v <= 2000,
      `${f(k100.searchReadyMs.median)} ms`,
    ],
  ];
  return rows.map(([budget, value, pass, shown]) => ({
    budget,
    value: shown,
    pass: check(value, pass, shown),
  }));
}

export function budgetLines(rows: Budget[]): string {
  const width = Math.max(...rows.map((row) => row.budget.length));
  const mark = (pass: boolean | null) => (pass === null ? 'n/a ' : pass ? 'PASS' : 'FAIL');
  return rows
    .map((row) => `${mark(row.pass)}  ${row.budget.padEnd(width)}  ${row.value}`)
    .join('\n');
}
