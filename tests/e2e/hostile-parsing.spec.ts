import { expect, test, type Page } from '@playwright/test';
import { count, openPaper } from './helpers';

const PAPER = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';

/** Starts counting the main thread's long tasks; the returned function gives the longest so far. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const record = window as unknown as { longest: number };
    record.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.longest = Math.max(record.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

async function openImport(page: Page) {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.getByRole('button', { name: 'Import' }).click();
  return page.getByRole('dialog', { name: 'Import' });
}

test('a hostile Hugging Face item and a file of @ are read within seconds', async ({ page }) => {
  const dialog = await openImport(page);
  const longest = await watchLongTasks(page);
  const summary = `https://x.io/${')'.repeat(200_000)}`;
  await dialog.getByLabel('Choose file').setInputFiles({
    name: 'papers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify([{ paper: { id: '2401.00001', title: 'Parens', summary } }]),
    ),
  });
  await expect(dialog.getByRole('button', { name: 'Import 1 paper' })).toBeVisible({
    timeout: 5_000,
  });
  await dialog.getByRole('button', { name: 'Back' }).click();

  await dialog.getByLabel('Choose file').setInputFiles({
    name: 'at.bib',
    mimeType: 'application/x-bibtex',
    buffer: Buffer.from('@'.repeat(100_000)),
  });
  await expect(dialog.getByRole('alert')).toContainText('100,000 @ characters in one entry', {
    timeout: 5_000,
  });
  expect(await longest()).toBeLessThan(500);
});

test('a long import can be cancelled: Back and Cancel leave it, and it never comes back', async ({
  page,
}) => {
  const dialog = await openImport(page);
  // Valid BibTeX that takes the parser several seconds.
  const entries = Array.from(
    { length: 60_000 },
    (_, i) => `@misc{k${i}, title={Paper number ${i}}, author={Doe, Jane}, year={2024}}\n`,
  );
  const big = {
    name: 'big.bib',
    mimeType: 'application/x-bibtex',
    buffer: Buffer.from(entries.join('')),
  };
  await dialog.getByLabel('Choose file').setInputFiles(big);
  await expect(dialog.getByText('Reading big.bib…')).toBeVisible();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByLabel('Choose file')).toBeVisible();

  // A small file read after Back gets its own preview; the abandoned parse never replaces it.
  await dialog.getByLabel('Choose file').setInputFiles({
    name: 'small.bib',
    mimeType: 'application/x-bibtex',
    buffer: Buffer.from('@misc{one, title={Only paper}, author={Doe, Jane}, year={2024}}\n'),
  });
  await expect(dialog.getByRole('button', { name: 'Import 1 paper' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Import 60,?000 papers/ })).toHaveCount(0);

  // Cancel from the reading step closes the dialog; reopening starts fresh.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByLabel('Choose file').setInputFiles(big);
  await expect(dialog.getByText('Reading big.bib…')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const reopened = await openImport(page);
  await expect(reopened.getByLabel('Choose file')).toBeVisible();
});

test('a note built to choke the Markdown renderer previews without freezing the page', async ({
  page,
}) => {
  await page.goto('/');
  await openPaper(page, PAPER);
  const hostile = '*a'.repeat(20_000);
  await page
    .getByRole('textbox', { name: 'Notes' })
    .fill(`# Plan\n\n${hostile}\n\n- **keep** this`);
  const longest = await watchLongTasks(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Notes', exact: true });
  await expect(preview.getByRole('heading', { name: 'Plan' })).toBeVisible({ timeout: 5_000 });
  await expect(preview.getByText('keep', { exact: true })).toBeVisible();
  await expect(preview).toContainText('*a*a*a');
  // The page answers at once: back in the editor, typing lands straight away.
  await page.getByRole('button', { name: 'Write' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.press('ControlOrMeta+End');
  await notes.pressSequentially(' done', { delay: 0 });
  await expect(notes).toHaveValue(/- \*\*keep\*\* this done$/, { timeout: 1_000 });
  expect(await longest()).toBeLessThan(500);
});
