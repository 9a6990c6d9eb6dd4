import { expect, test, type Page } from '@playwright/test';
import { count } from './helpers';

const STORED = 6000;
const NEWEST = 'A paper from the newest daily listing';

/** Writes `total` papers into the catalogue store as the feed stores them: 50 a day, each with its listing day. */
async function fillStore(page: Page, total: number) {
  await page.evaluate(
    async ({ total, newest }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('papershelf-catalogue');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const last = Date.parse('2026-11-30T00:00:00Z');
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('papers', 'readwrite');
        const store = tx.objectStore('papers');
        for (let i = 0; i < total; i++) {
          const day = new Date(last - Math.floor(i / 50) * 86_400_000).toISOString().slice(0, 10);
          const title = i === 0 ? newest : `Stored paper ${i}`;
          store.put({
            id: `stored-${i}`,
            arxivKey: '',
            titleKey: title.toLowerCase(),
            dailyDate: day,
            paper: {
              id: `stored-${i}`,
              title,
              abstract: `An abstract for paper ${i}.`,
              authorCount: 1,
              authors: ['A. Author'],
              organization: null,
              // The newest listing's first paper is also the newest published.
              publishedAt:
                i === 0 ? day : new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10),
              comments: 0,
              upvotes: null,
              arxivId: null,
              codeUrl: null,
              projectUrl: null,
              links: [],
              topics: [],
              dailyDate: day,
            },
            storedAt: '2026-11-30T08:00:00.000Z',
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { total, newest: NEWEST },
  );
}

test('a returning reader with a large store sees the newest papers before the whole store is read, and can act on them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toBeVisible();
  await fillStore(page, STORED);
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
