import { expect, test } from '@playwright/test';
import { count } from './helpers';
import { SAMPLE_DAY, SAMPLE_ITEM, SAMPLE_TITLE, dayOf, dayPage, routeFeed } from './feed-kit';

test('a day opens from the API, lists its papers as articles, and moves to the days around it', async ({
  page,
}) => {
  const seen = await routeFeed(page, (url) => {
    if (dayOf(url) === SAMPLE_DAY) return { status: 200, body: [SAMPLE_ITEM] };
    if (dayOf(url) === '2026-03-05') return { status: 200, body: dayPage('2026-03-05', 3, url) };
    return { status: 200, body: [] };
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Daily' }).click();
  await expect(page).toHaveURL(/\/daily$/);
  await page.goto(`/daily/${SAMPLE_DAY}`);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Daily papers: Friday,? 6 March 2026$/ }),
  ).toBeVisible();
  await expect(count(page)).toHaveText('1 paper');
  await expect(page.getByRole('article', { name: SAMPLE_TITLE })).toBeVisible();
  const asked = seen.find((url) => dayOf(url) === SAMPLE_DAY)!;
  expect(asked.origin + asked.pathname).toBe('https://huggingface.co/api/daily_papers');
  expect(Object.fromEntries(asked.searchParams)).toEqual({ date: SAMPLE_DAY, limit: '50', p: '0' });

  await page.getByRole('link', { name: 'Previous day' }).click();
  await expect(page).toHaveURL(/\/daily\/2026-03-05$/);
  await expect(count(page)).toHaveText('3 papers');
  await expect(
    page.getByRole('article', { name: /^Generated paper 0 of 2026-03-05/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Next day' }).click();
  await expect(count(page)).toHaveText('1 paper');

  // Search and sort work within the day, as on every list.
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('classifiers');
  await expect(count(page)).toHaveText('1 paper');
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('skeleton');
  await expect(count(page)).toHaveText('0 papers');
});
