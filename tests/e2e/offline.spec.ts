import { expect, test } from '@playwright/test';

// This journey needs the service worker that the other journeys block.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app, its catalogue and the library work offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /papers/ })).toHaveText('40 papers');
  // The first visit installs the service worker, which precaches the app and the catalogue; from the next
  // load on it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
  const card = page.getByRole('article', { name: /SkeletonMAE/ });
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /papers?\b/ })).toHaveText('1 paper');
  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('article', { name: /SkeletonMAE/ })).toBeVisible();
  await page
    .getByRole('article', { name: /SkeletonMAE/ })
    .getByRole('link', { name: /SkeletonMAE/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Similar papers' })).toBeVisible();
  await context.setOffline(false);
});
