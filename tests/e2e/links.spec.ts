import { expect, test } from '@playwright/test';
import { count, findCard } from './helpers';

const title = 'Large Multimodal Models as General In-Context Classifiers';
const expected = [
  ['arXiv', 'https://arxiv.org/abs/2602.23229'],
  ['PDF', 'https://arxiv.org/pdf/2602.23229'],
  ['Hugging Face', 'https://huggingface.co/papers/2602.23229'],
  ['Code', 'https://github.com/marco-garosi/CIRCLE'],
  ['Project page', 'https://circle-lmm.github.io/'],
] as const;

test('a paper from the Hugging Face API links arXiv, PDF, Hugging Face, code and project page, on its card and its page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog
    .getByLabel('Choose file')
    .setInputFiles('tests/fixtures/hf-api-daily-papers-item.json');
  await dialog.getByRole('button', { name: /^Import \d+ papers?$/ }).click();
  await expect(count(page)).toHaveText('41 papers');

  const card = await findCard(page, title);
  await expect(card).toContainText('10 upvotes');
  await expect(card).toContainText('9 GitHub stars');
  for (const [name, href] of expected) {
    const link = card.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', href);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAccessibleDescription('Opens in a new tab');
  }

  await card.getByRole('link', { name: title }).click();
  const article = page.getByRole('article', { name: title });
  for (const [name, href] of expected)
    await expect(article.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
});

test('"Most upvoted" puts papers with known upvotes first and lives in the URL', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog
    .getByLabel('Choose file')
    .setInputFiles('tests/fixtures/hf-api-daily-papers-item.json');
  await dialog.getByRole('button', { name: /^Import \d+ papers?$/ }).click();
  await expect(count(page)).toHaveText('41 papers');

  // Bundled papers have no upvote count (unknown, not zero), so the one fetched paper leads.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Most upvoted' });
  await expect(page).toHaveURL(/[?&]sort=upvotes\b/);
  await expect(page.getByRole('article').first()).toHaveAccessibleName(title);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('upvotes');
  await expect(page.getByRole('article').first()).toHaveAccessibleName(title);
});

test('a bundled paper without an arXiv id links only what it knows', async ({ page }) => {
  await page.goto('/');
  const card = await findCard(
    page,
    'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training',
  );
  await expect(card.getByRole('link', { name: 'Code', exact: true })).toBeVisible();
  for (const name of ['arXiv', 'PDF', 'Hugging Face'])
    await expect(card.getByRole('link', { name, exact: true })).toHaveCount(0);
});
