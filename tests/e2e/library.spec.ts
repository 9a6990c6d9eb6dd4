import { expect, test } from '@playwright/test';
import { findCard, openPaper, runPastSaveDelay } from './helpers';

const KEY = 'papershelf:library';
const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const SAILER = 'SAILER: Structure-aware Pre-trained Language Model for Legal Case Retrieval';

test('bookmark, set a status, tag and write a note; all of it survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  const card = await findCard(page, SKELETON);
  const bookmark = card.getByRole('button', { name: /^Bookmark/ });
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByRole('combobox', { name: 'Reading status' })).toHaveValue('to-read');
  await card.getByRole('combobox', { name: 'Reading status' }).selectOption({ label: 'Reading' });

  await card.getByRole('link', { name: SKELETON }).click();
  await page.getByRole('textbox', { name: 'Add tag' }).fill('skeleton');
  await page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag skeleton' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes' }).fill('# Takeaways\n\n- masked *joints* work');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SKELETON })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('combobox', { name: 'Reading status' })).toHaveValue('reading');
  await expect(page.getByRole('button', { name: 'Remove tag skeleton' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    '# Takeaways\n\n- masked *joints* work',
  );

  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('status').filter({ hasText: /papers?\b/ })).toHaveText('1 paper');
  await expect(page.getByRole('article', { name: SKELETON })).toBeVisible();
  // Notes are searchable.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('joints takeaways');
  await expect(page.getByRole('article', { name: SKELETON })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('tag:skeleton');
  await expect(page.getByRole('status').filter({ hasText: /papers?\b/ })).toHaveText('1 paper');
});

test('two tabs editing different papers both keep their edits and see each other', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await (await findCard(first, SKELETON)).getByRole('button', { name: /^Bookmark/ }).click();
  await (await findCard(second, SAILER)).getByRole('button', { name: /^Bookmark/ }).click();

  // Each tab shows the other's change without a reload.
  const sailerInFirst = (await findCard(first, SAILER)).getByRole('button', { name: /^Bookmark/ });
  await expect(sailerInFirst).toHaveAttribute('aria-pressed', 'true');
  const skeletonInSecond = (await findCard(second, SKELETON)).getByRole('button', {
    name: /^Bookmark/,
  });
  await expect(skeletonInSecond).toHaveAttribute('aria-pressed', 'true');

  await openPaper(first, SKELETON);
  await openPaper(second, SAILER);
  await first.getByRole('textbox', { name: 'Notes' }).fill('note from the first tab');
  await second.getByRole('textbox', { name: 'Notes' }).fill('note from the second tab');
  await expect(first.getByText('Saved', { exact: true })).toBeVisible();
  await expect(second.getByText('Saved', { exact: true })).toBeVisible();

  const third = await context.newPage();
  await third.goto('/reading');
  await expect(third.getByRole('status').filter({ hasText: /papers?\b/ })).toHaveText('2 papers');
  const stored = await third.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
  expect(stored).toContain('note from the first tab');
  expect(stored).toContain('note from the second tab');
});

test('unreadable stored data: the app works, says so, and the original value stays in storage', async ({
  page,
}) => {
  const broken = '{"version":1,"state":{"entries":{"x": [truncated';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, broken],
  );
  await page.clock.install();
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('status').filter({ hasText: /papers?\b/ })).toHaveText('40 papers');

  // Edits before the user decides do not overwrite the unreadable value.
  await (await findCard(page, SKELETON)).getByRole('button', { name: /^Bookmark/ }).click();
  await runPastSaveDelay(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(broken);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe(broken);

  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(broken);
});

test('a hostile note renders as harmless text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');
  await openPaper(page, SKELETON);
  await page
    .getByRole('textbox', { name: 'Notes' })
    .fill(
      '<img src=x onerror=alert(1)> and [x](javascript:alert(1)) and [ok](https://example.org)',
    );
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('main');
  await expect(preview.getByText(/onerror=alert/)).toBeVisible();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  const hrefs = await page
    .locator('main a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.toLowerCase().startsWith('javascript:'))).toBe(false);
  await expect(page.getByRole('link', { name: 'ok' })).toHaveAttribute(
    'href',
    'https://example.org',
  );
  expect(dialogs).toEqual([]);
});

test('the reading list keeps the order the user gives it, by drag and by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  for (const title of [SKELETON, SAILER]) {
    await (await findCard(page, title)).getByRole('button', { name: /^Bookmark/ }).click();
  }
  await page.getByRole('link', { name: 'Reading list' }).click();
  const titles = () => page.getByRole('article').locator('h2').allInnerTexts();
  await expect(page.getByRole('article')).toHaveCount(2);
  expect(await titles()).toEqual([SKELETON, SAILER]);

  await page.getByRole('button', { name: `Move ${SAILER} up` }).click();
  await expect.poll(titles).toEqual([SAILER, SKELETON]);

  await page
    .getByRole('article', { name: SKELETON })
    .dragTo(page.getByRole('article', { name: SAILER }));
  await expect.poll(titles).toEqual([SKELETON, SAILER]);
  await page.reload();
  await expect.poll(titles).toEqual([SKELETON, SAILER]);
});
