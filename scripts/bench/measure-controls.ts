import type { Locator, Page } from '@playwright/test';
import { domCounts, waitForQuietStatus, type DomCounts } from './measure-load';
import { armUpdate, awaitUpdate, latencyOf, pageNow, tasksBetween } from './measure-typing';
import type { LongFrame, Timed } from './page-probes';

/** One control's latencies: input -> a task after the frame that showed the change. null: control absent. */
export type ControlFigures = { samples: Array<number | null>; missed: number } | null;

async function timeClicks(
  page: Page,
  target: Locator,
  times: number,
  waitFor: 'status' | 'pressed',
): Promise<ControlFigures> {
  if ((await target.count()) === 0) return null;
  const samples: Array<number | null> = [];
  let missed = 0;
  for (let i = 0; i < times; i++) {
    await armUpdate(page, { trigger: 'pointerdown', waitFor, timeoutMs: 5000 });
    await target.click();
    const update = await awaitUpdate(page);
    const { resultsMs } = latencyOf(update);
    if (resultsMs === null) missed++;
    samples.push(resultsMs);
    await waitForQuietStatus(page, 200);
  }
  return { samples, missed };
}

/** Toggles "Has code" in the Filters region on and off; each toggle until the result count is painted. */
export function measureFacet(page: Page, times = 6): Promise<ControlFigures> {
  const checkbox = page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Has code' });
  return timeClicks(page, checkbox, times, 'status');
}

/** Bookmarks and unbookmarks the first paper; each click until aria-pressed flipped and was painted. */
export function measureBookmark(page: Page, times = 12): Promise<ControlFigures> {
  const toggle = page
    .getByRole('article')
    .first()
    .getByRole('button', { name: /^Bookmark/ });
  return timeClicks(page, toggle, times, 'pressed');
}

const SORTS = ['Oldest', 'Most discussed', 'Title', 'Newest', 'Oldest', 'Title', 'Newest'];

/** Changes "Sort by" through its options; each change until the reordered list was painted. */
export async function measureSort(page: Page): Promise<ControlFigures> {
  const select = page.getByRole('combobox', { name: 'Sort by' });
  if ((await select.count()) === 0) return null;
  const native = await select.evaluate((element) => element instanceof HTMLSelectElement);
  if (!native) return null;
  const samples: Array<number | null> = [];
  let missed = 0;
  for (const label of SORTS) {
    await armUpdate(page, { trigger: 'input', waitFor: 'list', timeoutMs: 5000 });
    await select.selectOption({ label });
    const { resultsMs } = latencyOf(await awaitUpdate(page));
    if (resultsMs === null) missed++;
    samples.push(resultsMs);
  }
  await select.selectOption({ label: 'Relevance' }).catch(() => undefined);
  return { samples, missed };
}

export type ScrollFigures = {
  durationMs: number;
  scrolledPx: number;
  longTasks: Timed[];
  longFrames: LongFrame[];
  /** Frame-to-frame intervals while scrolling. */
  frameGapsMs: number[];
  maxDom: DomCounts;
};

/** Scrolls fast with the mouse wheel down the virtualized list, sampling frames and DOM size. */
export async function measureScroll(
  page: Page,
  wheels = 40,
  deltaY = 1500,
): Promise<ScrollFigures> {
  await page.mouse.move(640, 500);
  await page.evaluate(() => {
    const state = window.__papershelfBench!;
    const frames: number[] = [];
    state.frames = frames;
    const tick = (t: number) => {
      if (state.frames !== frames) return;
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = await pageNow(page);
  let maxDom = await domCounts(page);
  for (let i = 0; i < wheels; i++) {
    await page.mouse.wheel(0, deltaY);
    if (i % 8 === 7) {
      const dom = await domCounts(page);
      if (dom.listNodes > maxDom.listNodes) maxDom = dom;
    }
  }
  await page.waitForTimeout(300);
  const end = await pageNow(page);
  const probe = await page.evaluate(() => {
    const state = window.__papershelfBench!;
    const frames = state.frames ?? [];
    state.frames = null;
    return {
      frames,
      longTasks: state.longTasks,
      longFrames: state.loafs,
      scrolled: window.scrollY,
    };
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  return {
    durationMs: end - start,
    scrolledPx: probe.scrolled,
    longTasks: tasksBetween(probe.longTasks, start, end),
    longFrames: tasksBetween(probe.longFrames, start, end),
    frameGapsMs: probe.frames.slice(1).map((t, i) => t - probe.frames[i]),
    maxDom,
  };
}
