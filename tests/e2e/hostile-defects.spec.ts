import { expect, test, type Page } from '@playwright/test';
import { count } from './helpers';

const KEY = 'papershelf:library';
const SKELETON_ID = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

const entry = (overrides: Record<string, unknown> = {}) => ({
  status: 'reading',
  tags: ['kept'],
  note: 'A note that must survive.',
  addedAt: '2025-01-02T03:04:05.000Z',
  startedAt: '2025-01-03T03:04:05.000Z',
  finishedAt: null,
  order: 1,
  updatedAt: '2025-01-03T03:04:05.000Z',
  ...overrides,
});

const library = (entries: Record<string, unknown>) =>
  JSON.stringify({
    version: 1,
    data: { entries, importedPapers: {}, lastBackupAt: null, changesSinceBackup: 1 },
  });

/** Puts `raw` under the library key, as a returning visitor would have it. */
async function seedStorage(page: Page, raw: string) {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
}

test('a malformed paper link shows what went wrong under the header, with a way back, and leaves the library alone', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const raw = library({ [SKELETON_ID]: entry() });
  await seedStorage(page, raw);

  // The preview server refuses the malformed path itself; the service worker (and any single-page host)
  // answers every navigation with the app, so serve it the same way here.
  await page.route('**/paper/%E0%A4%A', (route) =>
    route.fulfill({ path: 'dist/index.html', contentType: 'text/html' }),
  );
  await page.goto('/paper/%E0%A4%A');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link is broken');
  await expect(alert).toContainText('%E0%A4%A');
  expect(errors).toEqual([]);
  await page.waitForTimeout(600);
  expect(await stored(page)).toBe(raw);

  await alert.getByRole('link', { name: 'Back to the papers' }).click();
  await expect(count(page)).toHaveText('40 papers');
  expect(await stored(page)).toBe(raw);
});

test('a page that fails to load shows the error boundary under the header and recovers from the header', async ({
  page,
}) => {
  const raw = library({ [SKELETON_ID]: entry() });
  await seedStorage(page, raw);
  // The paper page's code cannot be downloaded (a flaky network, a deploy in between).
  await page.route('**/assets/paper-route-*.js', (route) => route.abort());
  await page.goto(`/paper/${SKELETON_ID}`);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This page could not be shown');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Back to the papers' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Papers' })
    .click();
  await expect(count(page)).toHaveText('40 papers');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await stored(page)).toBe(raw);
});
