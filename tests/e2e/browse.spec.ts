import { expect, test } from '@playwright/test';

test('browse the bundled papers, open one, reload its page and go back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /papers/ })).toHaveText(/\b40 papers\b/);
  const first = page.getByRole('article').first();
  await expect(first).toBeVisible();

  const title = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();

  await expect(page).toHaveURL(/\/paper\/[A-Za-z0-9._-]+/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Code', exact: true })).toHaveAttribute(
    'href',
    'https://github.com/HongYan1123/SkeletonMAE',
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('SkeletonMAE');
  await expect(page.getByRole('article', { name: title })).toBeVisible();
});

test('a missing catalogue gets its own message and a retry', async ({ page }) => {
  await page.route('**/papers.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The paper catalogue is missing');
  await page.unroute('**/papers.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: /papers/ })).toHaveText(/\b40 papers\b/);
});

test('a malformed catalogue says so', async ({ page }) => {
  await page.route('**/papers.json', (route) =>
    route.fulfill({ status: 200, body: '{"version": 1, "papers": [' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('damaged');
});
