import type { Page } from '@playwright/test';
import { clearSearch, countOf, searchBox } from './measure-load';
import type { ArmOptions, LongFrame, Timed, UpdateResult } from './page-probes';
import { QUERIES } from './queries';

export type KeystrokeSample = {
  query: string;
  prefix: string;
  /** keydown -> a task after the frame in which the updated result count (or list) was painted. */
  resultsMs: number | null;
  /** keydown -> a task after the next frame (the character's echo in the box). */
  echoMs: number | null;
  via: UpdateResult['via'];
  late: boolean;
  count: number | null;
  /** The keydown's timeStamp (page clock). */
  t0: number | null;
  /** When the wait for this keystroke's update ended (page clock). */
  settledAt: number;
  /** The last \`papershelf:search\` measure that started after this keydown and before the next one. */
  engineMs: number | null;
};

export type TypingFigures = {
  samples: KeystrokeSample[];
  longTasks: Timed[];
  longFrames: LongFrame[];
  /** User Timing measures the app recorded while typing (none unless the app marks its searches). */
  appMeasures: Array<Timed & { name: string }>;
};

export const armUpdate = (page: Page, options: ArmOptions) =>
  page.evaluate((armed) => window.__papershelfBench!.arm!(armed), options);
export const awaitUpdate = (page: Page) => page.evaluate(() => window.__papershelfBench!.pending!);
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export function latencyOf(update: UpdateResult) {
  const since = (t: number | null) => (update.t0 !== null && t !== null ? t - update.t0 : null);
  return { resultsMs: update.via ? since(update.paintedAt) : null, echoMs: since(update.echoAt) };
}

export function tasksBetween<T extends Timed>(
  tasks: readonly T[],
  start: number,
  end: number,
): T[] {
  return tasks.filter((task) => task.start + task.duration > start && task.start < end);
}

const MAX_TIMEOUT_MS = 2000;

/**
 * Types each query one character at a time (a real key event each, no delay) and waits for that
 * character's update before the next. A keystroke that changes neither the count nor the list within
 * the timeout counts as "no visible change". The timeout adapts: 3x the slowest update seen so far, within [minTimeoutMs, 2 s].
 */
export async function measureTyping(
  page: Page,
  minTimeoutMs: number,
  total: number | null,
): Promise<TypingFigures | null> {
  const box = searchBox(page);
  if ((await box.count()) === 0) return null;
  await box.click();
  const start = await pageNow(page);
  const samples: KeystrokeSample[] = [];
  let slowest = 0;
  for (const query of QUERIES) {
    await clearSearch(page, total);
    await box.focus();
    for (let index = 0; index < query.length; index++) {
      const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(minTimeoutMs, 3 * slowest));
      await armUpdate(page, { trigger: 'keydown', waitFor: 'status', timeoutMs });
      await page.keyboard.type(query[index]);
      const update = await awaitUpdate(page);
      const settledAt = await pageNow(page);
      const latency = latencyOf(update);
      if (latency.resultsMs !== null) slowest = Math.max(slowest, latency.resultsMs);
      samples.push({
        query,
        prefix: query.slice(0, index + 1),
        ...latency,
        via: update.via,
        late: update.late,
        count: countOf(update.text),
        t0: update.t0,
        settledAt,
        engineMs: null,
      });
    }
  }
  const end = await pageNow(page);
  await clearSearch(page, total);
  const probes = await page.evaluate(() => ({
    longTasks: window.__papershelfBench!.longTasks,
    longFrames: window.__papershelfBench!.loafs,
    measures: window.__papershelfBench!.measures,
  }));
  const appMeasures = probes.measures.filter(
    (measure) => measure.start >= start && measure.start <= end,
  );
  attributeSearches(samples, appMeasures);
  return {
    samples,
    longTasks: tasksBetween(probes.longTasks, start, end),
    longFrames: tasksBetween(probes.longFrames, start, end),
    appMeasures,
  };
}

/** Gives each keystroke the engine time of its own search: the last search measure started in its window. */
function attributeSearches(
  samples: KeystrokeSample[],
  measures: ReadonlyArray<Timed & { name: string }>,
) {
  const searches = measures.filter((measure) => measure.name === 'papershelf:search');
  for (const sample of samples) {
    const from = sample.t0;
    if (from === null) continue;
    const own = searches.filter(
      (measure) => measure.start >= from && measure.start < sample.settledAt,
    );
    sample.engineMs = own.at(-1)?.duration ?? null;
  }
}
