import { expect, test } from '@playwright/test';

// This journey needs the service worker that the other journeys block.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app, its catalogue and the library work offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /papers/ })).toHaveText('40 papers');
  // Wait until the service worker controls the page and has precached everything.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.active?.state;
  });
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
  const card = page.getByRole('article', { name: /SkeletonMAE/ });
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /papers/ })).toHaveText('1 paper');
  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('article', { name: /SkeletonMAE/ })).toBeVisible();
  await page
    .getByRole('article', { name: /SkeletonMAE/ })
    .getByRole('link', { name: /SkeletonMAE/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Similar papers' })).toBeVisible();
  await context.setOffline(false);
});
