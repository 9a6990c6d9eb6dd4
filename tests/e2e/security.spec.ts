import { expect, test } from '@playwright/test';

const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';

test('the built app runs under its Content Security Policy without a single violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  // Exercise the worker, lazy chunks, the markdown preview and an import.
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
  await page.getByRole('article', { name: SKELETON }).getByRole('link', { name: SKELETON }).click();
  await expect(page.getByRole('heading', { name: 'Similar papers' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes' }).fill('**bold** <script>alert(1)</script>');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('main strong')).toHaveText('bold');
  await page.getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByRole('heading', { name: 'Reading stats' })).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await page
    .getByLabel('Paste text')
    .fill('@misc{a, title={A {BibTeX} paper}, author={Ada Lovelace}, year={2024}}');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('button', { name: 'Import 1 paper' })).toBeVisible();

  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});
