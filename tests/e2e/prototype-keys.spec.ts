import { expect, test, type Page } from '@playwright/test';
import { count, findCard } from './helpers';

// Its title slugs to the id "constructor", which a plain-object lookup finds on Object.prototype.
const LISTING = 'Constructor\n\nA paper whose title slugs to the id constructor.\n';
const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const NOTE = 'Read the *constructor* section twice.';

async function addTag(page: Page, tag: string) {
  const box = page.getByRole('textbox', { name: 'Add tag' });
  await box.fill(tag);
  await box.press('Enter');
  await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
}

async function expectConstructorKept(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Constructor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bookmark Constructor' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(NOTE);
  for (const tag of ['constructor', '__proto__'])
    await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
}

test('a paper and tags named like built-in object members are kept like any other', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');

  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Paste text').fill(LISTING);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Import 1 paper' }).click();
  await expect(count(page)).toHaveText('41 papers');

  const card = await findCard(page, 'Constructor');
  const bookmark = card.getByRole('button', { name: 'Bookmark Constructor' });
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await card.getByRole('link', { name: 'Constructor' }).click();
  await addTag(page, 'constructor');
  await addTag(page, '__proto__');
  await page.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // The note used to vanish when the debounced save ran; it stays after the save.
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(NOTE);

  // A second paper with one of the tags, so the counts differ.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await (await findCard(page, SKELETON)).getByRole('link', { name: SKELETON }).click();
  await addTag(page, 'constructor');

  await page.goto('/paper/constructor');
  await expectConstructorKept(page);

  // An unrelated edit rewrites storage; the paper, its bookmark, tags and note must be in what it writes.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  const skeleton = await findCard(page, SKELETON);
  await skeleton.getByRole('button', { name: /^Bookmark/ }).click();
  await page.reload();
  await expect(
    (await findCard(page, SKELETON)).getByRole('button', { name: /^Bookmark/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/paper/constructor');
  await expectConstructorKept(page);

  await page.getByRole('link', { name: 'Reading list' }).click();
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const tags = page.getByRole('dialog', { name: 'Manage tags' }).getByRole('list', {
    name: 'All tags',
  });
  await expect(tags.getByRole('listitem')).toHaveText([
    /^constructor\s*2 papers/,
    /^__proto__\s*1 paper(?!s)/,
  ]);
  await expect(tags).not.toContainText('native code');
  expect(errors).toEqual([]);
});
