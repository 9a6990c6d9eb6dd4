import { expect, type Page } from '@playwright/test';

/** The polite status region that says how many papers the list holds. */
export const count = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ papers?\b/ });

/** The list is virtualized: search for a paper to bring its card on screen. */
export async function findCard(page: Page, title: string, { timeout }: { timeout?: number } = {}) {
  await page.getByRole('searchbox', { name: 'Search papers' }).fill(title.split(':')[0]);
  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible({ timeout });
  return card;
}

export async function openPaper(page: Page, title: string) {
  await (await findCard(page, title)).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/**
 * The library saves at most 2 s (`maxWaitMs`) after a change. Runs the page's clock (installed with
 * `page.clock.install()` before the page loaded) past that, so a test shows that nothing was written
 * instead of hoping a sleep was long enough.
 */
export async function runPastSaveDelay(page: Page) {
  await page.clock.runFor(5_000);
}
