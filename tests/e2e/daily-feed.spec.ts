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

test("a day in Hugging Face's trending order, kept for when the API cannot be reached", async ({
  page,
}) => {
  const day = '2026-03-05';
  let reachable = true;
  const seen = await routeFeed(page, (url) => {
    if (!reachable) return 'abort';
    if (dayOf(url) !== day) return { status: 200, body: [] };
    const items = dayPage(day, 3, url);
    const trending = url.searchParams.get('sort') === 'trending';
    return { status: 200, body: trending ? [items[1], items[2], items[0]] : items };
  });
  await page.goto(`/daily/${day}`);
  await expect(count(page)).toHaveText('3 papers');
  await page.getByLabel('Sort by').selectOption('Trending on Hugging Face');
  await expect(page).toHaveURL(/[?&]sort=trending/);
  const titles = page.getByRole('article').getByRole('heading', { level: 2 });
  const trendingOrder = [/^Generated paper 1 /, /^Generated paper 2 /, /^Generated paper 0 /];
  await expect(titles).toHaveText(trendingOrder);
  await expect(page.getByRole('status').filter({ hasText: /^Trending order from/ })).toBeVisible();
  const asked = seen.find((url) => url.searchParams.get('sort') === 'trending')!;
  expect(Object.fromEntries(asked.searchParams)).toEqual({
    date: day,
    limit: '50',
    p: '0',
    sort: 'trending',
  });

  // Search keeps the trending order among what matches.
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('generated');
  await expect(titles).toHaveText(trendingOrder);

  // Hugging Face out of reach: the order last fetched opens, dated.
  reachable = false;
  await page.reload();
  await expect(titles).toHaveText(trendingOrder);
  await expect(page.getByRole('status').filter({ hasText: /^Trending order as of/ })).toBeVisible();

  // The whole catalogue has no feed order to offer.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(count(page)).toHaveText('43 papers');
  await expect(page.getByLabel('Sort by').locator('option', { hasText: 'Trending' })).toHaveCount(
    0,
  );
});
