import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { count } from './helpers';

const articles = (page: Page) => page.getByRole('article');
/** The list is virtualized: at load it holds the first six or seven papers. */
const firstTitles = async (page: Page, n: number) => {
  await expect(articles(page).nth(n - 1)).toBeVisible();
  return articles(page).evaluateAll(
    (nodes, k) => nodes.slice(0, k).map((node) => node.querySelector('h2')?.textContent ?? ''),
    n,
  );
};

test('triage with the keys, rank "For you" with reasons, dismiss, reload, and restore the same ranking elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto('/?q=topic%3Avision');
  await expect(count(page)).toHaveText('13 papers');
  // Five vision papers rated with the keyboard: j moves to the next one, + is "More like this".
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('j');
    await page.keyboard.press('+');
  }
  await expect(page.getByRole('status').filter({ hasText: 'More like this:' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^More like this/, pressed: true })).toHaveCount(5);
  // "-" and Undo: a press is taken back.
  await page.keyboard.press('j');
  await page.keyboard.press('-');
  await expect(count(page)).toHaveText('12 papers');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(count(page)).toHaveText('13 papers');

  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');
  await expect(count(page)).toHaveText('40 papers');
  await page.getByLabel('Sort by').selectOption('For you');
  await expect(page).toHaveURL(/sort=for-you/);
  await expect(page.getByText(/Ranked for you by a model of 5 papers/)).toBeVisible();

  // The first recommended paper says why, in words.
  const first = articles(page).first();
  await first.getByText('Why', { exact: true }).click();
  const why = first.locator('details');
  await expect(why).toContainText(/Lifted by \p{L}+/u);
  await expect(why).toContainText(/Like “/);

  // Dismissing a paper takes it out of the ranking.
  const victim = articles(page).nth(5);
  const victimTitle = (await victim.locator('h2').textContent()) ?? '';
  await victim.getByRole('button', { name: /^Not interested/ }).click();
  await expect(page.getByRole('article', { name: victimTitle })).toHaveCount(0);
  await expect(count(page)).toHaveText('39 papers');
  const ranking = await firstTitles(page, 6);

  // After a reload: the same sort, the same ranking, the paper still gone, the ratings still pressed.
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('for-you');
  await expect(count(page)).toHaveText('39 papers');
  await expect.poll(() => firstTitles(page, 6)).toEqual(ranking);
  await expect(page.getByRole('article', { name: victimTitle })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /^More like this/, pressed: true }).first(),
  ).toBeVisible();

  // "is:dismissed" brings it back.
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('is:dismissed');
  await expect(count(page)).toHaveText('1 paper');
  await expect(page.getByRole('article', { name: victimTitle })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');

  // A backup restored in a fresh profile gives the same ranking.
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup' }).click();
  const backupPath = await (await download).path();

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/?sort=for-you');
  await expect(other.getByText(/learns from at least 5 papers/)).toBeVisible();
  await other.getByRole('button', { name: 'Import' }).click();
  const dialog = other.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Choose file').setInputFiles(backupPath);
  await expect(dialog.getByText(/1 rating|6 ratings/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(count(other)).toHaveText('39 papers');
  await expect.poll(() => firstTitles(other, 6)).toEqual(ranking);
  await fresh.close();
});

test('the "For you" view lists unseen papers with reasons, and the model page shows its words', async ({
  page,
}) => {
  await page.goto('/?q=topic%3Aspeech');
  await expect(count(page)).toHaveText('3 papers');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('j');
    await page.keyboard.press('+');
  }
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'For you' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'For you' })).toBeVisible();
  await expect(page.getByText(/so far it has 3/)).toBeVisible();
  await page.getByRole('link', { name: 'What to rate next' }).click();
  await expect(page.getByRole('heading', { name: 'What to rate next' })).toBeVisible();
  // Rate two of the suggestions from the model page itself.
  const suggestions = page.getByRole('button', { name: /^More like this/, pressed: false });
  await suggestions.first().click();
  await suggestions.first().click();
  await expect(page.getByRole('region', { name: 'Words that lift a paper' })).toBeVisible();
  await expect(page.getByText(/Trained in \d+ ms/)).toBeVisible();

  await page.goto('/for-you');
  await expect(count(page)).toHaveText('35 papers');
  const first = articles(page).first();
  await first.getByText('Why', { exact: true }).click();
  await expect(first.locator('details')).toContainText(/Lifted by \p{L}+/u);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the "For you" views pass axe (${colorScheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe violations on ${where}`).toEqual([]);
    };
    await page.goto('/?sort=for-you');
    await expect(page.getByText(/learns from at least 5 papers/)).toBeVisible();
    await check('the list while the model knows too little');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('j');
      await page.keyboard.press('+');
    }
    await expect(page.getByText(/Ranked for you by a model/)).toBeVisible();
    await articles(page).first().getByText('Why', { exact: true }).click();
    await expect(articles(page).first().locator('details')).toContainText('Lifted by');
    await check('the ranked list with a toast and an open "Why"');
    await page.goto('/for-you');
    await expect(articles(page).first()).toBeVisible();
    await check('the "For you" view');
    await page.goto('/for-you/model');
    await expect(page.getByRole('region', { name: 'Words that lift a paper' })).toBeVisible();
    await check('the model page');
  });
}
