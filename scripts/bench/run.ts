import type { Browser, Page } from '@playwright/test';
import { runBaselines, type BaselineFigures } from './baselines';
import { measureHeap, openContext, type HeapFigures } from './browser';
import {
  measureBookmark,
  measureFacet,
  measureScroll,
  measureSort,
  type ControlFigures,
  type ScrollFigures,
} from './measure-controls';
import { domCounts, measureLoad, type DomCounts, type LoadFigures } from './measure-load';
import { measureTyping, type TypingFigures } from './measure-typing';
import { baselinePrefixes } from './queries';
import type { CorpusKind } from './corpus-generate';

/** The steps of a run after load; `--steps` picks some while iterating on one figure. */
export const STEPS = ['typing', 'facet', 'sort', 'scroll', 'baselines', 'reload'] as const;
export type Step = (typeof STEPS)[number];

export type SizePlan = {
  label: string;
  papers: number | null;
  kind: CorpusKind;
  steps: ReadonlySet<Step>;
  runs: number;
  /** Result count stable this long = settled (search readiness, clearing a query). */
  quietMs: number;
  /** Longest wait for an "Indexing…" indicator to go away. */
  readyTimeoutMs: number;
  /** Shortest wait for a keystroke's update before calling it "no visible change". */
  keystrokeTimeoutMs: number;
  /** Load figures only (the bundled catalogue). */
  loadOnly: boolean;
  baselines: { substringBudgetMs: number; fuseMaxPrefix: number; fuseBudgetMs: number };
};

export type RunResult = {
  load: LoadFigures | null;
  dom: DomCounts | null;
  heap: HeapFigures | null;
  typing: TypingFigures | null;
  facet: ControlFigures;
  sort: ControlFigures;
  scroll: ScrollFigures | null;
  baselines: BaselineFigures | null;
  /** The same page reloaded at the end of the run: what a returning reader waits for. */
  reload: LoadFigures | null;
  errors: string[];
};

/** Runs one step; a failing step is recorded and the run goes on, so one broken control costs one figure. */
async function step<T>(
  errors: string[],
  name: string,
  action: () => Promise<T>,
): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    errors.push(
      `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return null;
  }
}

export function planFor(
  label: string,
  papers: number | null,
  runs: number,
  largeRuns: number,
  kind: CorpusKind = 'zipf',
  steps: ReadonlySet<Step> = new Set(STEPS),
): SizePlan {
  const n = papers ?? 0;
  return {
    label,
    papers,
    kind,
    steps,
    runs: n >= 50_000 ? Math.min(runs, largeRuns) : runs,
    quietMs: n >= 50_000 ? 3000 : n >= 5_000 ? 1500 : 1000,
    readyTimeoutMs: n >= 50_000 ? 90_000 : 30_000,
    keystrokeTimeoutMs: n >= 50_000 ? 300 : 150,
    loadOnly: papers === null,
    baselines: {
      substringBudgetMs: 8_000,
      // Fuse needs 1-2 s per query from 10k papers on: only 2-3 character prefixes there.
      fuseMaxPrefix: n > 2_000 ? 3 : Infinity,
      fuseBudgetMs: n >= 50_000 ? 10_000 : 6_000,
    },
  };
}

/** One fresh context: load, DOM and heap, then typing, filter, sort, scrolling and the baselines. */
export async function runOnce(browser: Browser, url: string, plan: SizePlan): Promise<RunResult> {
  const errors: string[] = [];
  const context = await openContext(browser);
  const page: Page = await context.newPage();
  const result: RunResult = {
    load: null,
    dom: null,
    heap: null,
    typing: null,
    facet: null,
    sort: null,
    scroll: null,
    baselines: null,
    reload: null,
    errors,
  };
  const wants = (name: Step) => plan.steps.has(name);
  try {
    result.load = await step(errors, 'load', () =>
      measureLoad(page, url, plan.quietMs, plan.readyTimeoutMs),
    );
    if (!result.load) return result;
    result.dom = await step(errors, 'dom', () => domCounts(page));
    result.heap = await step(errors, 'heap', () => measureHeap(browser, page));
    if (!plan.loadOnly) {
      if (wants('typing'))
        result.typing = await step(errors, 'typing', () =>
          measureTyping(page, plan.keystrokeTimeoutMs, result.load?.totalCount ?? null),
        );
      if (wants('facet')) result.facet = await step(errors, 'facet', () => measureFacet(page));
      if (wants('sort')) result.sort = await step(errors, 'sort', () => measureSort(page));
      if (wants('scroll')) result.scroll = await step(errors, 'scroll', () => measureScroll(page));
      const { substringBudgetMs, fuseMaxPrefix, fuseBudgetMs } = plan.baselines;
      if (wants('baselines'))
        result.baselines = await step(errors, 'baselines', () =>
          runBaselines(page, {
            substring: baselinePrefixes(2),
            substringBudgetMs,
            fuse: baselinePrefixes(2, fuseMaxPrefix),
            fuseBudgetMs,
          }),
        );
    }
    // Last: a reload replaces the page the other steps measured (and the baselines' second catalogue copy).
    if (wants('reload'))
      result.reload = await step(errors, 'reload', () =>
        measureLoad(page, url, plan.quietMs, plan.readyTimeoutMs, 'reload'),
      );
    return result;
  } finally {
    await context.close();
  }
}

export type LibraryRun = {
  bookmarkedPapers: number;
  firstResultsMs: number | null;
  toggle: ControlFigures;
  errors: string[];
};

/** With a large library in localStorage: first results, then bookmark toggles on the first paper. */
export async function runLibrary(
  browser: Browser,
  url: string,
  plan: SizePlan,
  storage: Record<string, string>,
  bookmarked: number,
) {
  const errors: string[] = [];
  const context = await openContext(browser, storage);
  const page = await context.newPage();
  try {
    const load = await step(errors, 'load', () =>
      measureLoad(page, url, plan.quietMs, plan.readyTimeoutMs),
    );
    const toggle = load ? await step(errors, 'bookmark', () => measureBookmark(page)) : null;
    const run: LibraryRun = {
      bookmarkedPapers: bookmarked,
      firstResultsMs: load?.firstResultsMs ?? null,
      toggle,
      errors,
    };
    return run;
  } finally {
    await context.close();
  }
}
