import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { findCard, openPaper } from './helpers';
import { routeFeed } from './feed-kit';

// The recorded paper object Hugging Face answers with, and the bundled titles the app ships.
const PAPER_OBJECT = JSON.parse(
  readFileSync('tests/fixtures/hf-api-paper-object.json', 'utf8'),
) as Record<string, unknown>;
const SEED = (
  JSON.parse(readFileSync('public/papers.json', 'utf8')) as {
    papers: { id: string; title: string }[];
  }
).papers;
const TITLES = SEED.map((paper) => paper.title);

const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
/** The arXiv id Hugging Face has for a bundled title, in this test's made-up world. */
const arxivIdOf = (title: string) => `2501.${String(100 + TITLES.indexOf(title)).padStart(5, '0')}`;

/** A search result item as /api/papers/search answers: the recorded paper object inside `paper`. */
const searchItem = (paper: Record<string, unknown>) => ({
  paper,
  publishedAt: '2025-01-10T05:00:00.000Z',
  title: paper.title,
  numComments: 2,
});
/** Hugging Face knows this title: a loosely related paper first, as search ranks, then the match. */
const knownAnswer = (title: string) => ({
  status: 200,
  body: [searchItem(PAPER_OBJECT), searchItem({ ...PAPER_OBJECT, id: arxivIdOf(title), title })],
});
/** Hugging Face has nothing under this title: search still answers its nearest paper. */
const unknownAnswer = { status: 200, body: [searchItem(PAPER_OBJECT)] };

const searchedTitle = (url: URL) => {
  expect(url.pathname).toBe('/api/papers/search');
  return url.searchParams.get('q') ?? '';
};

/** The list's count (a summary that counts papers is a status too). */
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^[\d,]+ papers?$/ });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^(Completed|Hugging)/ });

test('complete one bookmarked paper from its page: authors and links appear, stay after a reload, and reach the BibTeX export', async ({
  page,
  context,
}) => {
  await routeFeed(context, (url) => knownAnswer(searchedTitle(url)));
  await page.goto('/');
  await openPaper(page, SKELETON);
  await page.getByRole('button', { name: /^Bookmark/ }).click();
  const links = page.getByRole('list', { name: 'Links' });
  await expect(links.getByRole('link', { name: 'arXiv', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Complete from Hugging Face' }).click();
  await expect(status(page)).toHaveText('Completed: authors and arXiv id added');
  await expect(page.getByText(/^Minyang Tian, Luyu Gao, Shizhuo Dylan Zhang/)).toBeVisible();
  await expect(page.getByText(arxivIdOf(SKELETON), { exact: true })).toBeVisible();
  await expect(links.getByRole('link', { name: 'arXiv', exact: true })).toHaveAttribute(
    'href',
    `https://arxiv.org/abs/${arxivIdOf(SKELETON)}`,
  );
  await expect(links.getByRole('link', { name: 'PDF', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete from Hugging Face' })).toHaveCount(0);
  // The kept paper's snapshot (what exports use if the catalogue store is dropped) has them too.
  const seedId = SEED.find((paper) => paper.title === SKELETON)!.id;
  await expect
    .poll(async () => {
      const library = await page.evaluate(() => localStorage.getItem('papershelf:library'));
      const stored = JSON.parse(library ?? '{}') as {
        data?: { snapshots?: Record<string, unknown> };
      };
      return stored.data?.snapshots?.[seedId];
    })
    .toMatchObject({
      title: SKELETON,
      arxivId: arxivIdOf(SKELETON),
      authors: expect.arrayContaining(['Minyang Tian', 'Hao Peng']),
    });

  // The details come back from IndexedDB, with no request made.
  await page.unrouteAll();
  await routeFeed(context, () => 'abort');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SKELETON })).toBeVisible();
  await expect(page.getByText(/^Minyang Tian, Luyu Gao, Shizhuo Dylan Zhang/)).toBeVisible();
  await expect(links.getByRole('link', { name: 'arXiv', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'BibTeX', exact: true })
    .getByRole('button', { name: 'BibTeX', exact: true })
    .click();
  const bib = readFileSync(await (await download).path(), 'utf8');
  expect(bib).toContain('author = {Minyang Tian and Luyu Gao and');
  expect(bib).toContain(`eprint = {${arxivIdOf(SKELETON)}}`);
  expect(bib.split(`https://arxiv.org/abs/${arxivIdOf(SKELETON)}`)).toHaveLength(2);
});

test('one paper: a 429 and an unknown title say so and change nothing', async ({ page }) => {
  await routeFeed(page, () => ({
    status: 429,
    body: { error: 'Too many requests' },
    headers: { 'retry-after': '3600', 'access-control-expose-headers': 'Retry-After' },
  }));
  await page.goto('/');
  await openPaper(page, SKELETON);
  const button = page.getByRole('button', { name: 'Complete from Hugging Face' });
  await button.click();
  await expect(status(page)).toHaveText(
    'Hugging Face is limiting requests (HTTP 429). Try again in 60 minutes.',
  );
  await expect(page.getByText('Minyang Tian', { exact: false })).toHaveCount(0);

  await page.unrouteAll();
  await routeFeed(page, () => unknownAnswer);
  await button.click();
  await expect(status(page)).toHaveText('Hugging Face has no paper with this exact title');
  await expect(page.getByText('Minyang Tian', { exact: false })).toHaveCount(0);
  await expect(button).toBeEnabled();
});

test('complete the catalogue: a progress bar, a cancel half way, then the rest with one failure retried', async ({
  page,
  context,
}) => {
  // Hugging Face knows 31 of the 40 bundled titles; one answers garbage until it is fixed.
  const unknown = new Set(TITLES.slice(31));
  const broken = TITLES[30];
  let slow = true;
  let fixed = false;
  const asked: string[] = [];
  await routeFeed(context, (url) => {
    const title = searchedTitle(url);
    asked.push(title);
    const delayMs = slow ? 400 : 0;
    if (title === broken && !fixed)
      return { raw: '<!doctype html><title>Maintenance</title>', delayMs };
    return { ...(unknown.has(title) ? unknownAnswer : knownAnswer(title)), delayMs };
  });
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');

  await page.getByRole('button', { name: 'Complete missing details' }).click();
  const bar = page.getByRole('progressbar', { name: 'Completing papers' });
  await expect(bar).toHaveAttribute('aria-valuemax', '40');
  await expect(bar).toHaveAttribute('aria-valuenow', /^(6|7|8|9|1\d)$/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const cancelled = page.getByRole('status').filter({ hasText: /^Cancelled after/ });
  await expect(cancelled).toContainText(
    /^Cancelled after \d+ of 40 papers: \d+ completed, 0 not found on Hugging Face\. The papers completed are kept\./,
  );
  await expect(bar).toHaveCount(0);
  const first = Number(/(\d+) completed/.exec((await cancelled.textContent()) ?? '')?.[1]);
  expect(first).toBeGreaterThanOrEqual(6);
  expect(first).toBeLessThan(30);
  // A few at a time, and none asked after the cancel.
  expect(asked.length).toBeLessThanOrEqual(first + 3);

  // The papers completed show their links in the list.
  const completedCard = await findCard(page, TITLES[0]);
  await expect(completedCard.getByRole('link', { name: 'PDF' })).toHaveAttribute(
    'href',
    `https://arxiv.org/pdf/${arxivIdOf(TITLES[0])}`,
  );
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');

  slow = false;
  await page.getByRole('button', { name: 'Complete missing details' }).click();
  const summary = page.getByRole('status').filter({ hasText: /^Completed \d+ of/ });
  await expect(summary).toContainText(
    `Completed ${30 - first} of ${40 - first} papers; 9 not found on Hugging Face.`,
  );
  await expect(summary).toContainText('1 paper failed; the others are kept:');
  await expect(summary.getByRole('listitem')).toHaveText(
    `${broken}: Hugging Face's answer is not JSON (it starts with "<!doctype html><title>Maintenance</title").`,
  );
  // Completing changes no paper into another: the catalogue still holds the 40.
  await expect(count(page)).toHaveText('40 papers');
  // A completed bundled paper was always in the catalogue: it is not counted or marked as new.
  await expect(page.getByRole('link', { name: /^New, / })).toHaveCount(0);
  await expect(completedCard.getByText('New', { exact: true })).toHaveCount(0);

  fixed = true;
  await summary.getByRole('button', { name: 'Try the failed papers again' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Completed/ })).toHaveText(
    /^Completed 1 of 1 paper; 0 not found on Hugging Face\./,
  );
  const retried = await findCard(page, broken);
  await expect(retried.getByRole('link', { name: 'PDF' })).toHaveAttribute(
    'href',
    `https://arxiv.org/pdf/${arxivIdOf(broken)}`,
  );

  // After a reload the details come from IndexedDB: only the 9 unknown titles are left to do.
  await page.reload();
  asked.length = 0;
  await page.getByRole('button', { name: 'Complete missing details' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Completed/ })).toHaveText(
    /^Completed 0 of 9 papers; 9 not found on Hugging Face\./,
  );
  expect(asked.sort()).toEqual([...unknown].sort());
});

test('the catalogue run stops at a 429 with the wait, and keeps what was completed', async ({
  page,
}) => {
  let answered = 0;
  await routeFeed(page, (url) => {
    const title = searchedTitle(url);
    answered += 1;
    if (answered > 5)
      return {
        status: 429,
        body: { error: 'Too many requests' },
        headers: { 'retry-after': '3600', 'access-control-expose-headers': 'Retry-After' },
      };
    return knownAnswer(title);
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Complete missing details' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /^Stopped after/ });
  await expect(alert).toContainText(
    /^Stopped after \d+ of 40 papers: [345] completed, 0 not found on Hugging Face\. Hugging Face is limiting requests \(HTTP 429\)\. Try again in 60 minutes\./,
  );
  const completed = Number(/: (\d) completed/.exec((await alert.textContent()) ?? '')?.[1]);
  await page.reload();
  await page.getByRole('button', { name: 'Complete missing details' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^Stopped after/ })).toContainText(
    `of ${40 - completed} papers`,
  );
});
