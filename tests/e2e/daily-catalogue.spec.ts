import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { count, findCard } from './helpers';

const KEY = 'papershelf:library';
const TITLE = 'SciCode: A Research Coding Benchmark Curated by Scientists';

const entry = {
  status: 'reading',
  tags: ['benchmarks'],
  note: 'Section 4 first.',
  addedAt: '2025-01-02T03:04:05.000Z',
  startedAt: '2025-01-03T03:04:05.000Z',
  finishedAt: null,
  order: 1,
  updatedAt: '2025-01-03T03:04:05.000Z',
};

const paper = {
  id: '2407.13168',
  title: TITLE,
  abstract: 'Since language models now outperform average humans on many tasks.',
  authorCount: 2,
  authors: ['Minyang Tian', 'Luyu Gao'],
  organization: null,
  publishedAt: '2024-07-18',
  comments: 3,
  upvotes: 17,
  arxivId: '2407.13168',
  codeUrl: null,
  projectUrl: null,
  links: [],
  topics: [],
};

/** A library as version 1 wrote it: imported papers inside localStorage. */
const version1 = JSON.stringify({
  version: 1,
  data: {
    entries: { [paper.id]: entry },
    importedPapers: {
      [paper.id]: { paper, importedAt: entry.addedAt, updatedAt: entry.addedAt },
      'an-unkept-import': {
        paper: { ...paper, id: 'an-unkept-import', title: 'An unkept import', arxivId: null },
        importedAt: entry.addedAt,
        updatedAt: entry.addedAt,
      },
    },
    lastBackupAt: null,
    changesSinceBackup: 3,
  },
});

type Stored = {
  version: number;
  data: { importedPapers: object; snapshots: Record<string, { authors?: string[] }> };
};
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Stored | null, KEY);

async function openWith(page: Page, raw: string) {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();
}

test('a version 1 library moves its imported papers to the catalogue store, losing nothing', async ({
  page,
}) => {
  await openWith(page, version1);
  await expect(count(page)).toHaveText('42 papers');
  // The move is written only after the store has the papers: localStorage then holds the reader's data.
  await expect.poll(async () => (await stored(page))?.version).toBe(3);
  await expect
    .poll(async () => Object.keys((await stored(page))?.data.importedPapers ?? {}))
    .toEqual([]);
  const after = await stored(page);
  expect(after?.data.snapshots[paper.id]?.authors).toEqual(['Minyang Tian', 'Luyu Gao']);

  await page.reload();
  await expect(count(page)).toHaveText('42 papers');
  const card = await findCard(page, TITLE);
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await card.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Section 4 first.');
});

test('a kept paper stays listed and exportable when the browser drops the catalogue store', async ({
  page,
}) => {
  await openWith(page, version1);
  await expect
    .poll(async () => Object.keys((await stored(page))?.data.importedPapers ?? {}))
    .toEqual([]);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('papershelf-catalogue');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete'));
        request.onblocked = () => resolve();
      }),
  );
  await page.reload();
  // The unkept import is gone with the store; the kept one comes back from its snapshot.
  await expect(count(page)).toHaveText('41 papers');
  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'BibTeX', exact: true })
    .getByRole('button', { name: 'BibTeX', exact: true })
    .click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('eprint = {2407.13168}');
  expect(text).toContain('Minyang Tian and Luyu Gao');
});

test('without IndexedDB the app runs on the seed and localStorage, and keeps imported papers there', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openWith(page, version1);
  await expect(count(page)).toHaveText('42 papers');
  const card = await findCard(page, TITLE);
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await expect.poll(async () => (await stored(page))?.version).toBe(3);
  expect(Object.keys((await stored(page))?.data.importedPapers ?? {}).sort()).toEqual([
    '2407.13168',
    'an-unkept-import',
  ]);
});
