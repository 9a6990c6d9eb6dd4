import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from '@playwright/test';
import {
  CATALOGUE_DB_NAME,
  CATALOGUE_SCHEMA,
  CATALOGUE_VERSION,
} from '@/features/feed/catalogue-schema';
import { openContext } from './browser';
import { measureLoad, type LoadFigures } from './measure-load';
import type { Timed } from './page-probes';

/** The real `daily_papers` item recorded from the API: every generated answer is made from it. */
const SAMPLE = (
  JSON.parse(readFileSync('tests/fixtures/hf-api-daily-papers-item.json', 'utf8')) as unknown[]
)[0] as Record<string, unknown> & { paper: Record<string, unknown> };

/** One item of a day in the API's shape, with an arXiv id unique to (day, n). */
function item(day: string, n: number) {
  const [year, month, date] = day.split('-');
  const id = `${year.slice(2)}${month}.${String(Number(date) * 1000 + n).padStart(5, '0')}`;
  const title = `Paper ${n} of ${day}: a study of item ${id}`;
  return {
    ...SAMPLE,
    title,
    publishedAt: `${day}T06:00:00.000Z`,
    paper: {
      ...SAMPLE.paper,
      id,
      title,
      summary: `${String(SAMPLE.paper.summary)} (paper ${n} of ${day})`,
      submittedOnDailyAt: `${day}T04:00:00.000Z`,
      upvotes: n,
    },
  };
}

/** Answers `daily_papers?date=` with `perDay` papers per day (one page), as the API pages them. */
async function serveFeed(context: BrowserContext, perDay: number) {
  const days = new Set<string>();
  await context.route('https://huggingface.co/api/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const day = url.searchParams.get('date');
    if (day) days.add(day);
    const page = Number(url.searchParams.get('p') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const items = [];
    if (day)
      for (let n = page * limit; n < Math.min(perDay, (page + 1) * limit); n++)
        items.push(item(day, n));
    await route
      .fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify(items),
      })
      .catch(() => undefined);
  });
  return () => days.size;
}

export type FeedFetchFigures = {
  /** Days the app asked for (a full page of 50 makes it ask for the next page too). */
  days: number;
  perDay: number;
  /** Click on "Fetch new papers" -> the summary on screen. */
  summaryMs: number;
  /** Click -> the list's count includes every fetched paper. */
  listedMs: number;
  summary: string;
  longTasks: Timed[];
};

const statusText = (page: Page) => page.evaluate(() => window.__papershelfBench!.resultsText());

/**
 * "Fetch new papers" on a fresh catalogue: the last 30 days (the app's own limit), `perDay` papers
 * each, answered locally; the run fetches, merges and stores every day in IndexedDB.
 */
export async function measureFeedFetch(
  browser: Browser,
  url: string,
  perDay = 50,
): Promise<FeedFetchFigures> {
  const context = await openContext(browser);
  try {
    const daysAsked = await serveFeed(context, perDay);
    const page = await context.newPage();
    await measureLoad(page, url, 500, 30_000);
    const before = Number((await statusText(page)).replace(/\D/g, ''));
    const button = page.getByRole('button', { name: 'Fetch new papers' });
    await button.and(page.locator(':enabled')).waitFor();
    const start = await page.evaluate(() => performance.now());
    await button.click();
    const summary = page.getByRole('status').filter({ hasText: /^(Fetched|Stopped|Cancelled)/ });
    await summary.waitFor({ timeout: 120_000 });
    const summaryMs = (await page.evaluate(() => performance.now())) - start;
    const text = (await summary.locator('p').first().textContent()) ?? '';
    const added = Number(/([\d,]+) new papers?/.exec(text)?.[1].replace(/,/g, '') ?? NaN);
    if (!(added > 0)) throw new Error(`Fetch new papers added nothing: "${text}"`);
    const expected = before + added;
    await page.waitForFunction(
      (total) => Number(window.__papershelfBench!.resultsText().replace(/\D/g, '')) === total,
      expected,
      { timeout: 60_000, polling: 20 },
    );
    const listedMs = (await page.evaluate(() => performance.now())) - start;
    const longTasks = (await page.evaluate(() => window.__papershelfBench!.longTasks)).filter(
      (task) => task.start >= start,
    );
    return {
      perDay,
      summaryMs,
      listedMs,
      days: daysAsked(),
      summary: text,
      longTasks,
    };
  } finally {
    await context.close();
  }
}

export type StoredReloadFigures = {
  stored: number;
  /** Writing the papers into the catalogue store (not the app's code: raw IndexedDB, batches of 2,000). */
  seedMs: number;
  reload: LoadFigures;
};

/**
 * A returning reader with `corpus` papers in the catalogue store and the bundled seed as papers.json:
 * the app is loaded once (it creates its store), the generated papers are written into the store,
 * and the app is opened again and measured.
 */
export async function measureStoredReload(
  browser: Browser,
  url: string,
  useCatalogue: (path: string | null) => void,
  corpus: string,
  quietMs: number,
  readyTimeoutMs: number,
): Promise<StoredReloadFigures> {
  const context = await openContext(browser);
  try {
    const page = await context.newPage();
    // A first visit, then the papers written from a plain page of the same origin (the app is not running),
    // as the generated catalogue served once as papers.json.
    await measureLoad(page, url, 500, 30_000);
    await page.goto(`${url}/icon.svg`);
    useCatalogue(corpus);
    const store = {
      name: CATALOGUE_DB_NAME,
      version: CATALOGUE_VERSION * 10,
      schema: CATALOGUE_SCHEMA,
    };
    const seeded = await page.evaluate(async (store) => {
      const started = performance.now();
      const response = await fetch('/papers.json', { cache: 'no-store' });
      const { papers } = (await response.json()) as {
        papers: Array<{
          id: string;
          title: string;
          dailyDate?: string;
          publishedAt?: string | null;
        }>;
      };
      // The app's store, created with its schema: a first visit leaves that to the first paper stored.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(store.name, store.version);
        open.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(store.schema)) {
            const [key, ...indexes] = spec.split(',').map((part) => part.trim());
            const created = open.result.createObjectStore(name, { keyPath: key });
            for (const index of indexes) created.createIndex(index, index);
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const storedAt = '2026-01-01T00:00:00.000Z';
      for (let from = 0; from < papers.length; from += 2000) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('papers', 'readwrite');
          const store = tx.objectStore('papers');
          for (const paper of papers.slice(from, from + 2000))
            store.put({
              id: paper.id,
              arxivKey: '',
              titleKey: paper.title
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, ' ')
                .trim(),
              // As the feed stores them: every fetched paper has the daily listing it came on, which is
              // its publication day or later (the generated papers have only the former).
              dailyDate: paper.dailyDate ?? paper.publishedAt ?? '',
              paper,
              storedAt,
            });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
      }
      db.close();
      return { stored: papers.length, ms: performance.now() - started };
    }, store);
    useCatalogue(null);
    const reload = await measureLoad(page, url, quietMs, readyTimeoutMs, 'goto');
    return { stored: seeded.stored, seedMs: seeded.ms, reload };
  } finally {
    useCatalogue(null);
    await context.close();
  }
}
