import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ papers?\b/ });
const titles = (page: Page) => page.getByRole('article').locator('h2').allInnerTexts();

test('search, filter and sort live in the URL: a copied link and the back button give the same views', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(status(page)).toHaveText('40 papers');

  const search = page.getByRole('searchbox', { name: 'Search papers' });
  await search.pressSequentially('speech recog');
  await expect(page).toHaveURL(/q=speech\+recog/);
  const speechCount = Number((await status(page).innerText()).split(' ')[0]);
  expect(speechCount).toBeGreaterThan(0);
  expect(speechCount).toBeLessThan(40);
  // Title matches rank first: the speech papers lead.
  expect((await titles(page))[0]).toMatch(/Speech/);
  await expect(page.getByRole('article').first().locator('mark').first()).toBeVisible();

  await search.fill('');
  await expect(status(page)).toHaveText('40 papers');
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: 'Has code' }).check();
  await expect(page).toHaveURL(/code=1/);
  await expect(status(page)).toHaveText('8 papers');
  await expect(page.getByRole('button', { name: 'Remove filter Code: Has code' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Oldest' });
  await expect(page).toHaveURL(/sort=oldest/);
  const oldestFirst = await titles(page);
  const sharedUrl = page.url();

  const other = await context.newPage();
  await other.goto(sharedUrl);
  await expect(status(other)).toHaveText('8 papers');
  await expect(other.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');
  expect(await titles(other)).toEqual(oldestFirst);
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=oldest/);
  await expect(status(page)).toHaveText('8 papers');
  await page.goBack();
  await expect(status(page)).toHaveText('40 papers');
});

test('a typed field and a clicked facet are one filter; bad fields get a hint', async ({
  page,
}) => {
  await page.goto('/?q=has%3Acode');
  await expect(status(page)).toHaveText('8 papers');
  const hasCode = page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Has code' });
  await expect(hasCode).toBeChecked();
  await hasCode.uncheck();
  await expect(status(page)).toHaveText('40 papers');
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('');

  await page
    .getByRole('searchbox', { name: 'Search papers' })
    .fill('encoder year:20x4 colour:blue');
  await expect(
    page
      .getByText(/year/i)
      .filter({ hasText: /2024|2022\.\.2023/ })
      .first(),
  ).toBeVisible();
  await expect(status(page)).not.toHaveText('0 papers');
});

test('typos and prefixes still find papers', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search papers' });
  await search.fill('transfomer');
  await expect(status(page)).not.toHaveText('0 papers');
  await search.fill('distil');
  await expect(page.getByRole('article', { name: /Hybrid Distillation/ })).toBeVisible();
});
