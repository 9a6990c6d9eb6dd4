import { expect, test, type Page } from '@playwright/test';
import { count, findCard } from './helpers';
import { SAMPLE_ITEM, dayOf, dayPage, generatedItem, routeFeed } from './feed-kit';

// A bundled paper (the capture gives it no arXiv id), and the same paper as the feed lists it.
const BUNDLED = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const fromFeed = (day: string) => ({
  ...SAMPLE_ITEM,
  title: BUNDLED,
  publishedAt: `${day}T06:00:00.000Z`,
  paper: { ...SAMPLE_ITEM.paper, id: '2307.08476', title: BUNDLED, upvotes: 12 },
});

const DAY_MS = 86_400_000;
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** The last `n` days up to today (UTC), oldest first: what a first "Fetch new papers" asks for. */
const lastDays = (n: number) =>
  Array.from({ length: n }, (_, i) => utcDay(Date.now() - (n - 1 - i) * DAY_MS));

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Fetching new papers' });

test.describe('with the service worker, so a reload works offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('fetch 30 days with a progress bar, cancel half way, then go offline and reload: every day fetched is still there', async ({
    page,
    context,
  }) => {
    const days = lastDays(30);
    const seen = await routeFeed(context, (url) => ({
      status: 200,
      body: dayPage(dayOf(url)!, 2, url),
      delayMs: 300,
    }));
    await page.goto('/');
    await expect(count(page)).toHaveText('40 papers');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();

    await page.getByRole('button', { name: 'Fetch new papers' }).click();
    const bar = progress(page);
    await expect(bar).toHaveAttribute('aria-valuemax', '30');
    await expect(bar).toHaveAttribute('aria-valuenow', /^(9|1\d)$/, { timeout: 20_000 });
    // Typing goes on while the run works.
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('Generated paper 1');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const summary = page.getByRole('status').filter({ hasText: /^Cancelled after/ });
    await expect(summary).toContainText(
      /Cancelled after \d+ of 30 days: \d+ new papers, 0 updated/,
    );
    const fetched = Number(/after (\d+) of/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(fetched).toBeGreaterThanOrEqual(9);
    expect(fetched).toBeLessThan(30);
    await expect(progress(page)).toHaveCount(0);
    // The days are asked for oldest first, a few at a time, and none after the cancel.
    const asked = seen.map(dayOf);
    expect(asked[0]).toBe(days[0]);
    expect(new Set(asked).size).toBeLessThanOrEqual(fetched + 3);

    await page.getByRole('searchbox', { name: 'Search papers' }).fill('');
    await expect(count(page)).toHaveText(`${40 + 2 * fetched} papers`);
    await expect(page).not.toHaveURL(/q=/); // the address follows the search box once typing pauses

    await context.setOffline(true);
    await page.reload();
    await expect(count(page)).toHaveText(`${40 + 2 * fetched} papers`);
    await page.goto(`/daily/${days[1]}`);
    await expect(count(page)).toHaveText('2 papers');
    await expect(
      page.getByRole('article', { name: generatedItem(days[1], 0).title }),
    ).toBeVisible();
    await expect(page.getByText(/^Stored /)).toBeVisible();
    await context.setOffline(false);
  });
});

test('a 429, a 500 and a body that is not JSON: specific messages, and the other days are kept', async ({
  page,
}) => {
  const days = lastDays(6);
  await routeFeed(page, (url) => {
    const day = dayOf(url)!;
    if (day === days[1]) return { status: 500, body: { error: 'Internal Error' } };
    if (day === days[2]) return { raw: '<!doctype html><title>Maintenance</title>' };
    return { status: 200, body: dayPage(day, 1, url) };
  });
  await page.goto('/');
  await page.getByText('Start from an earlier day').click();
  await page.getByLabel('First day').fill(days[0]);
  await page.getByRole('button', { name: 'Fetch new papers' }).click();
  const summary = page.getByRole('status').filter({ hasText: /^Fetched/ });
  await expect(summary).toContainText('Fetched 4 days: 4 new papers, 0 updated.');
  await expect(summary).toContainText('2 days failed; the others are kept');
  await expect(summary.getByRole('listitem').filter({ hasText: days[1] })).toContainText(
    'HTTP 500',
  );
  await expect(summary.getByRole('listitem').filter({ hasText: days[2] })).toContainText(
    'not JSON',
  );
  await expect(count(page)).toHaveText('44 papers');
  // What arrived during this first visit is new; the bundled papers are not.
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('is:new');
  await expect(count(page)).toHaveText('4 papers');
  const marked = page.getByRole('article').filter({ has: page.getByText('New', { exact: true }) });
  await expect(marked).toHaveCount(4);
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');
  await expect(count(page)).toHaveText('44 papers');
  await expect(marked).toHaveCount(4);
  // The navigation counts them and lists them.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New, 4 papers' })
    .click();
  await expect(page).toHaveURL(/[?&]new=1/);
  await expect(count(page)).toHaveText('4 papers');
  await page.getByRole('link', { name: 'Papers', exact: true }).click();

  // Hugging Face limits requests: the run stops at once and says how long to wait.
  await page.unrouteAll();
  await routeFeed(page, () => ({
    status: 429,
    body: { error: 'Too many requests' },
    headers: { 'retry-after': '3600', 'access-control-expose-headers': 'Retry-After' },
  }));
  await page.getByRole('button', { name: 'Try the failed days again' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Hugging Face is limiting requests (HTTP 429). Try again in 60 minutes.',
  );
  await expect(count(page)).toHaveText('44 papers');
});

test('a bookmark on a bundled paper stays when the same paper arrives from the feed with its arXiv id', async ({
  page,
}) => {
  const [day] = lastDays(1);
  await routeFeed(page, (url) => ({
    status: 200,
    body: dayOf(url) === day ? [fromFeed(day)] : [],
  }));
  await page.goto('/');
  const card = await findCard(page, BUNDLED);
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await expect(card.getByRole('link', { name: 'PDF' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Fetch new papers' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Fetched/ })).toContainText(
    '0 new papers, 1 updated',
  );
  await expect(count(page)).toHaveText('1 paper'); // the search still shows it, once
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(card.getByRole('link', { name: 'PDF' })).toHaveAttribute(
    'href',
    /^https:\/\/arxiv\.org\/pdf\//,
  );
  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('article', { name: BUNDLED })).toBeVisible();
});

test('20,000 fetched papers live in IndexedDB: localStorage holds only what the reader made', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const days = lastDays(20);
  await routeFeed(page, (url) => ({ status: 200, body: dayPage(dayOf(url)!, 1000, url) }));
  await page.goto('/');
  const card = await findCard(page, BUNDLED);
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');
  await page.getByText('Start from an earlier day').click();
  await page.getByLabel('First day').fill(days[0]);
  await page.getByRole('button', { name: 'Fetch new papers' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Fetched/ })).toContainText(
    'Fetched 20 days: 20,000 new papers, 0 updated.',
    { timeout: 200_000 },
  );
  await expect(count(page)).toHaveText('20,040 papers', { timeout: 30_000 });
  const storage = await page.evaluate(() =>
    Object.keys(localStorage).map((key) => ({ key, size: localStorage.getItem(key)!.length })),
  );
  for (const { key } of storage) expect(key).toMatch(/^papershelf:/);
  const total = storage.reduce((sum, { size }) => sum + size, 0);
  expect(total).toBeLessThan(20_000);
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('papershelf-catalogue');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('papers').objectStore('papers').count();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(stored).toBe(20_000);
});
