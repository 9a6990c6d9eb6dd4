import { expect, test, type Page } from '@playwright/test';
import {
  CATALOGUE_DB_NAME,
  CATALOGUE_SCHEMA,
  CATALOGUE_VERSION,
} from '../../src/features/feed/catalogue-schema';
import { blankPaper } from '../fixtures/paper';
import { count } from './helpers';

const STORED = 6000;
const NEWEST = 'A paper from the newest daily listing';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `total` papers as the feed stores them: 50 a day back from 2026-11-30, each with its listing day. */
function feedRecords(total: number) {
  const last = Date.parse('2026-11-30T00:00:00Z');
  return Array.from({ length: total }, (_, i) => {
    const day = isoDay(last - Math.floor(i / 50) * DAY_MS);
    const title = i === 0 ? NEWEST : `Stored paper ${i}`;
    // The newest listing's first paper is also the newest published.
    const publishedAt = i === 0 ? day : isoDay(Date.parse(day) - DAY_MS);
    return {
      id: `stored-${i}`,
      arxivKey: '',
      titleKey: title.toLowerCase(),
      dailyDate: day,
      paper: blankPaper(`stored-${i}`, { title, publishedAt, dailyDate: day }),
      storedAt: '2026-11-30T08:00:00.000Z',
    };
  });
}

/**
 * Writes the records into the catalogue store, creating it with the app's schema (a first visit leaves that
 * to the first paper stored); IndexedDB sees Dexie's version times ten.
 */
async function fillStore(page: Page, records: unknown[]) {
  const store = {
    name: CATALOGUE_DB_NAME,
    version: CATALOGUE_VERSION * 10,
    schema: CATALOGUE_SCHEMA,
  };
  await page.evaluate(
    async ({ records, store }) => {
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
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('papers', 'readwrite');
        const papers = tx.objectStore('papers');
        for (const record of records) papers.put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { records, store },
  );
}

test('a returning reader with a large store sees the newest papers before the whole store is read, and can act on them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toBeVisible();
  await fillStore(page, feedRecords(STORED));
  // Reading the whole store answers late (a year of papers on a slow machine); the newest papers are read apart.
  await page.addInitScript(() => {
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args) {
      const request = getAll.apply(this, args);
      const setter = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!.set!;
      Object.defineProperty(request, 'onsuccess', {
        configurable: true,
        set(handler: ((event: Event) => void) | null) {
          setter.call(request, (event: Event) =>
            setTimeout(() => handler?.call(request, event), 2500),
          );
        },
      });
      return request;
    };
  });
  await page.reload();

  const status = page.getByRole('status').filter({ hasText: 'Newest first' });
  await expect(status).toHaveText(
    `Newest first; loading ${STORED.toLocaleString('en')} stored papers…`,
  );
  const first = page.getByRole('article').first();
  await expect(first).toHaveAccessibleName(NEWEST);
  // A bookmark made on the first page is the reader's like any other.
  await first.getByRole('button', { name: /^Bookmark/ }).click();
  await expect(first.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Then the whole catalogue: the seed's 40 papers and every stored one, the same paper first.
  await expect(count(page)).toHaveText(`${(STORED + 40).toLocaleString('en')} papers`, {
    timeout: 15_000,
  });
  await expect(page.getByRole('article').first()).toHaveAccessibleName(NEWEST);
  await expect(
    page
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^Bookmark/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('article', { name: NEWEST })).toBeVisible();
});
