import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';

const KEY = 'papershelf:library';
const P1 = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const P2 = 'SAILER: Structure-aware Pre-trained Language Model for Legal Case Retrieval';
const P3 = 'ARC-Encoder: learning compressed text representations for large language models';
const P4 = 'Return of the Encoder: Maximizing Parameter Efficiency for SLMs';
const SHARED = 'White-Box Transformers via Sparse Rate Reduction: Compression Is All There Is?';
const IDS = {
  p1: 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training',
  p2: 'sailer-structure-aware-pre-trained-language-model-for-legal-case-retrieval',
  p3: 'arc-encoder-learning-compressed-text-representations-for-large-language-models',
  p4: 'return-of-the-encoder-maximizing-parameter-efficiency-for-slms',
  shared: 'white-box-transformers-via-sparse-rate-reduction-compression-is-all-there-is',
};

type StoredEntry = { status: string | null; tags: string[]; note: string };

async function openTabs(context: BrowserContext): Promise<Page[]> {
  const pages = [await context.newPage(), await context.newPage(), await context.newPage()];
  for (const page of pages) {
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: /\d+ papers?\b/ })).toHaveText(
      '40 papers',
    );
  }
  return pages;
}

/** The list is virtualized: search for a paper to bring its card on screen (client-side, no reload). */
async function findCard(page: Page, title: string) {
  if (!page.url().endsWith('/') && !page.url().includes('/?')) {
    await page.getByRole('link', { name: 'Papers', exact: true }).click();
  }
  await page.getByRole('searchbox', { name: 'Search papers' }).fill(title.split(':')[0]);
  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  return card;
}

async function openPaper(page: Page, title: string) {
  await (await findCard(page, title)).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function addTag(page: Page, tag: string) {
  await page.getByRole('textbox', { name: 'Add tag' }).fill(tag);
  await page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
  await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
}

async function storedEntries(page: Page): Promise<Record<string, StoredEntry>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const { data } = JSON.parse(raw ?? '{}') as { data: { entries: Record<string, StoredEntry> } };
  return data.entries;
}

test('three tabs editing different papers: every edit reaches every tab and storage', async ({
  context,
}) => {
  const [a, b, c] = await openTabs(context);

  // Interleaved, without waiting for saves in between.
  await (await findCard(a, P1)).getByRole('button', { name: /^Bookmark/ }).click();
  const p2InB = await findCard(b, P2);
  await p2InB.getByRole('button', { name: /^Bookmark/ }).click();
  await openPaper(c, P3);
  await p2InB.getByRole('combobox', { name: 'Reading status' }).selectOption({ label: 'Read' });
  await addTag(c, 'from-c');
  await openPaper(a, P4);
  await c.getByRole('textbox', { name: 'Notes' }).fill('note written in tab c');
  await addTag(a, 'from-a');
  await expect(c.getByText('Saved', { exact: true })).toBeVisible();

  for (const [name, page] of [
    ['a', a],
    ['b', b],
    ['c', c],
  ] as const) {
    const p1 = await findCard(page, P1);
    await expect(p1.getByRole('button', { name: /^Bookmark/ }), `tab ${name}`).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const p2 = await findCard(page, P2);
    await expect(p2.getByRole('combobox', { name: 'Reading status' })).toHaveValue('read');
    await openPaper(page, P3);
    await expect(page.getByRole('button', { name: 'Remove tag from-c' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('note written in tab c');
    await openPaper(page, P4);
    await expect(page.getByRole('button', { name: 'Remove tag from-a' })).toBeVisible();
  }

  await expect
    .poll(async () => {
      const entries = await storedEntries(c);
      return {
        p1: entries[IDS.p1]?.status,
        p2: entries[IDS.p2]?.status,
        p3: [entries[IDS.p3]?.tags, entries[IDS.p3]?.note],
        p4: entries[IDS.p4]?.tags,
      };
    })
    .toEqual({
      p1: 'to-read',
      p2: 'read',
      p3: [['from-c'], 'note written in tab c'],
      p4: ['from-a'],
    });
});

test('three tabs editing the same paper: the last edit wins in every tab, with no stale view', async ({
  context,
}) => {
  const [a, b, c] = await openTabs(context);
  const status = (scope: Page | Locator) => scope.getByRole('combobox', { name: 'Reading status' });

  // Status: three quick edits from three tabs, before any of them has saved.
  await (await findCard(c, SHARED)).getByRole('button', { name: /^Bookmark/ }).click();
  await status(await findCard(a, SHARED)).selectOption({ label: 'Read' });
  await status(await findCard(b, SHARED)).selectOption({ label: 'Reading' });
  for (const page of [a, b, c])
    await expect(status(page.getByRole('article', { name: SHARED }))).toHaveValue('reading');

  // Notes: all three tabs have the paper's page open; each writes in turn, the last one wins.
  for (const page of [a, b, c]) await openPaper(page, SHARED);
  await a.getByRole('textbox', { name: 'Notes' }).fill('first, from tab a');
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();
  await b.getByRole('textbox', { name: 'Notes' }).fill('second, from tab b');
  await expect(b.getByText('Saved', { exact: true })).toBeVisible();
  // Two tabs typing at once, neither saved yet: the later edit wins in both.
  await a.getByRole('textbox', { name: 'Notes' }).fill('at once, from tab a');
  await b.getByRole('textbox', { name: 'Notes' }).fill('at once, from tab b');
  for (const page of [a, b, c])
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('at once, from tab b');
  await c.getByRole('textbox', { name: 'Notes' }).fill('last, from tab c');
  await addTag(c, 'shared');
  await expect(c.getByText('Saved', { exact: true })).toBeVisible();

  for (const page of [a, b, c]) {
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('last, from tab c');
    await expect(page.getByRole('button', { name: 'Remove tag shared' })).toBeVisible();
    await expect(status(page)).toHaveValue('reading');
  }
  // A tab that was only looking must not write its stale copy back when it is hidden or left.
  await a.close();
  await b.close();
  await expect
    .poll(async () => {
      const entry = (await storedEntries(c))[IDS.shared];
      return entry && { status: entry.status, tags: entry.tags, note: entry.note };
    })
    .toEqual({ status: 'reading', tags: ['shared'], note: 'last, from tab c' });
});
