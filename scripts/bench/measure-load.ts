import type { Page } from '@playwright/test';
import type { Timed } from './page-probes';

export type LoadFigures = {
  /** Navigation start -> a task after the first frame that contains the first visible `article`. */
  firstResultsMs: number;
  /** Navigation start -> the first `article` attached to the document (before style, layout, paint). */
  firstArticleDomMs: number;
  totalCount: number | null;
  /** Navigation start -> search fully available; see `searchReadyHow`. */
  searchReadyMs: number | null;
  searchReadyHow: 'indicator' | 'probe-query' | 'no-search-box';
  probeQueryCount: number | null;
  longTasksDuringLoad: Timed[];
  /** Where first-results time went: document, DOMContentLoaded, and the catalogue request (ms since navigation). */
  timeline: {
    documentEnd: number | null;
    domContentLoaded: number | null;
    catalogueStart: number | null;
    catalogueEnd: number | null;
  };
};

/** "12,345 papers" -> 12345. */
export function countOf(text: string): number | null {
  const match = /(\d[\d,.\u00a0\u202f ]*)\s*papers?\b/i.exec(text);
  return match ? Number(match[1].replace(/\D/g, '')) : null;
}

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search papers' });

const now = (page: Page) => page.evaluate(() => performance.now());
const statusLog = (page: Page) => page.evaluate(() => window.__papershelfBench!.statusLog);

/** Waits until the result count has not changed for `quietMs`; returns the last change. */
export async function waitForQuietStatus(page: Page, quietMs: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await statusLog(page);
    const last = log.at(-1) ?? { t: 0, text: '' };
    if ((await now(page)) - last.t >= quietMs || Date.now() > deadline) return last;
    await page.waitForTimeout(Math.min(quietMs / 2, 250));
  }
}

export const PROBE_QUERY = 'transformer';

/** Empties the search box and waits until the whole catalogue is listed again (not timed). */
export async function clearSearch(page: Page, total: number | null) {
  await searchBox(page).fill('');
  await page
    .waitForFunction(
      (expected) => {
        const digits = window
          .__papershelfBench!.resultsText()
          .match(/\d[\d,.\u00a0\u202f ]*(?=\s*papers?)/i)?.[0];
        return expected === null || Number(digits?.replace(/\D/g, '')) === expected;
      },
      total,
      { timeout: 60_000, polling: 50 },
    )
    .catch(() => undefined);
  await waitForQuietStatus(page, 300);
}

/**
 * Loads the page and measures first results and search readiness. Readiness is the end of the app's
 * "Indexing…" indicator when it shows one; otherwise a probe query is typed right after the first
 * results and readiness is when its result count last changed (stable for `quietMs`).
 */
export async function measureLoad(
  page: Page,
  url: string,
  quietMs: number,
  readyTimeoutMs: number,
  how: 'goto' | 'reload' = 'goto',
): Promise<LoadFigures> {
  if (how === 'reload') await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window.__papershelfBench?.firstArticle?.painted ?? 0) > 0,
    null,
    {
      timeout: 180_000,
      polling: 50,
    },
  );
  const first = await page.evaluate(() => window.__papershelfBench!.firstArticle!);
  // A first page can show before the whole catalogue has loaded: the total is the first count the status gives.
  await page
    .waitForFunction(
      () =>
        window.__papershelfBench!.statusLog.some((entry) =>
          /\d[\d,.\u00a0\u202f ]*\s*papers?\b/i.test(entry.text),
        ),
      null,
      { timeout: readyTimeoutMs, polling: 50 },
    )
    .catch(() => undefined);
  const log = await statusLog(page);
  const totalText =
    log.find((entry) => countOf(entry.text) !== null)?.text ?? log.at(-1)?.text ?? '';
  const figures: LoadFigures = {
    firstResultsMs: first.painted,
    firstArticleDomMs: first.dom,
    totalCount: countOf(totalText),
    searchReadyMs: null,
    searchReadyHow: 'no-search-box',
    probeQueryCount: null,
    longTasksDuringLoad: [],
    timeline: await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const catalogue = performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname.endsWith('papers.json'));
      const isNavigation = navigation instanceof PerformanceNavigationTiming;
      return {
        documentEnd: isNavigation ? navigation.responseEnd : null,
        domContentLoaded: isNavigation ? navigation.domContentLoadedEventEnd : null,
        catalogueStart:
          catalogue instanceof PerformanceResourceTiming ? catalogue.requestStart : null,
        catalogueEnd: catalogue instanceof PerformanceResourceTiming ? catalogue.responseEnd : null,
      };
    }),
  };

  const indicatorSeen = await page.evaluate(() => window.__papershelfBench!.indexingLog.length > 0);
  if (indicatorSeen) {
    const ended = await page
      .waitForFunction(() => window.__papershelfBench!.indexingLog.at(-1)?.on === false, null, {
        timeout: readyTimeoutMs,
        polling: 50,
      })
      .then(() => true)
      .catch(() => false);
    // An indicator that never goes away leaves readiness unknown rather than failing the run.
    // Searching needs the list page on screen as well: readiness is never earlier than first results.
    const end = ended
      ? await page.evaluate(() => window.__papershelfBench!.indexingLog.at(-1)!.t)
      : null;
    if (end !== null) figures.searchReadyMs = Math.max(end, first.painted);
    figures.searchReadyHow = 'indicator';
  }
  if ((await searchBox(page).count()) > 0) {
    const box = searchBox(page);
    await box.focus();
    await page.keyboard.type(PROBE_QUERY);
    const settled = await waitForQuietStatus(page, quietMs);
    figures.probeQueryCount = countOf(settled.text);
    if (!indicatorSeen) figures.searchReadyHow = 'probe-query';
    // A count that never moved means the query was not applied at all: no readiness to report.
    if (!indicatorSeen && settled.text !== totalText) {
      figures.searchReadyMs = settled.t;
    }
    await clearSearch(page, figures.totalCount);
  }
  await page.evaluate(() => (window.__papershelfBench!.watchIndexing = false));
  const end = await now(page);
  figures.longTasksDuringLoad = (
    await page.evaluate(() => window.__papershelfBench!.longTasks)
  ).filter((task) => task.start < end);
  return figures;
}

export type DomCounts = { articles: number; listNodes: number; documentNodes: number };

/** Articles in the document, every element inside the list that holds them, and the whole document. */
export function domCounts(page: Page): Promise<DomCounts> {
  return page.evaluate(() => {
    const first = document.querySelector('article');
    const list =
      first?.closest('ul, ol, [role="list"], [role="feed"]') ?? first?.parentElement ?? null;
    return {
      articles: document.querySelectorAll('article').length,
      listNodes: list ? list.querySelectorAll('*').length : 0,
      documentNodes: document.getElementsByTagName('*').length,
    };
  });
}
