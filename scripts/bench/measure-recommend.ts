import type { Browser, Page } from '@playwright/test';
import { serializeLibrary } from '@/features/library/persistence/migrate';
import { emptyLibrary, type LibraryData } from '@/features/library/schema';
import { LIBRARY_STORAGE_KEY } from '@/features/library/state/store';
import type { Paper } from '@/features/papers/schema';
import { openContext } from './browser';

export type TrainingFigures = {
  papers: number;
  signals: number;
  /** Worker time to gather features and train: the first model, then after one more rating. */
  firstTrainMs: number | null;
  retrainMs: number | null;
  /** Main-thread long tasks (> 50 ms) from the sort switch until the ranked list shows, and around the retrain. */
  longTasks: number[];
};

/** A library of `liked` "More like this" and `dismissed` "Not interested" ratings, as the app stores it. */
export function ratedLibrary(liked: readonly string[], dismissed: readonly string[]) {
  const at = new Date(Date.UTC(2025, 11, 1)).toISOString();
  const data: LibraryData = { ...emptyLibrary(), ratings: {} };
  for (const id of liked) data.ratings[id] = { rating: 'more', updatedAt: at };
  for (const id of dismissed) data.ratings[id] = { rating: 'less', updatedAt: at };
  return { [LIBRARY_STORAGE_KEY]: serializeLibrary(data) };
}

async function workerTrainings(page: Page): Promise<number[]> {
  const all = await Promise.all(
    page
      .workers()
      .map((worker) =>
        worker
          .evaluate(() =>
            performance.getEntriesByName('papershelf:for-you-train').map((entry) => entry.duration),
          )
          .catch(() => [] as number[]),
      ),
  );
  return all.flat();
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    Object.assign(window, { forYouLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

const longTasksSoFar = (page: Page) =>
  page.evaluate(() => (window as unknown as { forYouLongTasks: number[] }).forYouLongTasks.slice());

/**
 * Training in the app's search worker over a served catalogue: load the list newest first, switch "Sort by" to
 * "For you" (the first model trains), then rate the first paper (the model retrains from cached features).
 */
export async function measureTraining(
  browser: Browser,
  url: string,
  papers: readonly Paper[],
  liked: readonly string[],
  dismissed: readonly string[],
  timeoutMs: number,
): Promise<TrainingFigures> {
  const context = await openContext(browser, ratedLibrary(liked, dismissed));
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByRole('article').first().waitFor({ timeout: timeoutMs });
    await page
      .getByRole('status')
      .filter({ hasText: /^[\d,]+ papers?$/ })
      .waitFor({ timeout: timeoutMs });
    await watchLongTasks(page);
    await page.getByLabel('Sort by').selectOption('for-you');
    await page.getByText(/Ranked for you by a model/).waitFor({ timeout: timeoutMs });
    const first = await workerTrainings(page);
    await page.keyboard.press('j');
    await page.keyboard.press('+');
    const deadline = Date.now() + timeoutMs;
    let after = first;
    while (after.length <= first.length && Date.now() < deadline) {
      await page.waitForTimeout(100);
      after = await workerTrainings(page);
    }
    return {
      papers: papers.length,
      signals: liked.length + dismissed.length,
      firstTrainMs: first.at(-1) ?? null,
      retrainMs: after.length > first.length ? (after.at(-1) ?? null) : null,
      longTasks: await longTasksSoFar(page),
    };
  } finally {
    await context.close();
  }
}
