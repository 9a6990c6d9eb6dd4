import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { count, findCard } from './helpers';

const KEY = 'papershelf:library';
const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const SAILER = 'SAILER: Structure-aware Pre-trained Language Model for Legal Case Retrieval';
const text = async (download: Download) => readFileSync(await download.path(), 'utf8');

/** A small library made through the interface: two papers, a status, a tag and a note. */
async function buildLibrary(page: Page) {
  await page.goto('/');
  await (await findCard(page, SKELETON)).getByRole('button', { name: /^Bookmark/ }).click();
  const sailer = await findCard(page, SAILER);
  await sailer.getByRole('button', { name: /^Bookmark/ }).click();
  await sailer.getByRole('combobox', { name: 'Reading status' }).selectOption({ label: 'Read' });
  await sailer.getByRole('link', { name: SAILER }).click();
  await page.getByRole('textbox', { name: 'Add tag' }).fill('legal');
  await page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
  await page
    .getByRole('textbox', { name: 'Notes' })
    .fill('Strong baseline, "structure-aware", 100% worth it');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

async function exportAs(page: Page, format: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: format, exact: true })
    .getByRole('button', { name: format, exact: true })
    .click();
  return download;
}

test('each export format downloads a file with the reading list in it', async ({ page }) => {
  await buildLibrary(page);

  const markdown = await exportAs(page, 'Markdown');
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const md = await text(markdown);
  expect(md).toMatch(
    /## Read[\s\S]*SAILER[\s\S]*## To read[\s\S]*SkeletonMAE|## To read[\s\S]*SkeletonMAE[\s\S]*## Read[\s\S]*SAILER/,
  );
  expect(md).toContain('100% worth it');

  const bib = await text(await exportAs(page, 'BibTeX'));
  expect(bib.match(/@misc\{/g)).toHaveLength(2);
  expect(bib).toContain('100\\% worth it');

  const ris = await text(await exportAs(page, 'RIS'));
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
  expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(2);

  const csl: unknown = JSON.parse(await text(await exportAs(page, 'CSL-JSON')));
  expect(Array.isArray(csl) && csl.length).toBe(2);

  const csv = await text(await exportAs(page, 'CSV'));
  // A byte-order mark first, so spreadsheet programs read the file as UTF-8.
  expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^title,/);
  expect(csv).toContain('"Strong baseline, ""structure-aware"", 100% worth it"');

  await page.getByRole('button', { name: 'Export' }).click();
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup' }).click();
  const backup = JSON.parse(await text(await backupDownload)) as {
    format: string;
    library: { entries: object };
  };
  expect(backup.format).toBe('papershelf-backup');
  expect(Object.keys(backup.library.entries)).toHaveLength(2);
});

test('a backup restores the same library in a fresh browser profile', async ({ page, browser }) => {
  await buildLibrary(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup' }).click();
  const backupPath = await (await downloadPromise).path();
  const before = await page.evaluate(() => {
    const raw = localStorage.getItem('papershelf:library') ?? '{}';
    const { data } = JSON.parse(raw) as { data: { entries: unknown; importedPapers: unknown } };
    return { entries: data.entries, importedPapers: data.importedPapers };
  });

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/reading');
  await expect(count(other)).toHaveText('0 papers');
  await other.getByRole('button', { name: 'Import' }).click();
  const dialog = other.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Choose file').setInputFiles(backupPath);
  await expect(dialog.getByText(/backup/i).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(count(other)).toHaveText('2 papers');

  const after = await other.evaluate(() => {
    const raw = localStorage.getItem('papershelf:library') ?? '{}';
    const { data } = JSON.parse(raw) as { data: { entries: unknown; importedPapers: unknown } };
    return { entries: data.entries, importedPapers: data.importedPapers };
  });
  expect(after).toEqual(before);
  await other.goto('/reading');
  await (await findCard(other, SAILER)).getByRole('link', { name: SAILER }).click();
  await expect(other.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Strong baseline, "structure-aware", 100% worth it',
  );
  await fresh.close();
});

test('importing Hugging Face API JSON adds its papers with authors and upvotes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog
    .getByLabel('Choose file')
    .setInputFiles('tests/fixtures/hf-api-daily-papers-item.json');
  const confirm = dialog.getByRole('button', { name: /^Import \d+ papers?$/ });
  await expect(confirm).toBeVisible();
  const added = Number((await confirm.innerText()).match(/\d+/)![0]);
  await confirm.click();
  await expect(count(page)).toHaveText(`${40 + added} papers`);

  const title = 'Large Multimodal Models as General In-Context Classifiers';
  const card = await findCard(page, title);
  await expect(card).toContainText('10 upvotes');
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('main')).toContainText('Marco Garosi');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('a malformed file shows where it is wrong and changes nothing', async ({ page }) => {
  await buildLibrary(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog
    .getByLabel('Paste text')
    .fill('{"format": "papershelf-backup", "version": 1, "library": {"entries": [');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog).toContainText(/line 1/i);
  await dialog.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
});

test('export the current results or a hand-picked selection', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('org:kyutai');
  await expect(count(page)).toHaveText('1 paper');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('radio', { name: /Current results/ }).check();
  const results = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'BibTeX', exact: true })
    .getByRole('button', { name: 'BibTeX', exact: true })
    .click();
  const bib = await text(await results);
  expect(bib.match(/@misc\{/g)).toHaveLength(1);
  expect(bib).toContain('ARC-Encoder');

  await page.getByRole('searchbox', { name: 'Search papers' }).fill('');
  await page.getByRole('button', { name: 'Select papers' }).click();
  await (
    await findCard(page, SKELETON)
  )
    .getByRole('checkbox', { name: `Select ${SKELETON}` })
    .check();
  await (await findCard(page, SAILER)).getByRole('checkbox', { name: `Select ${SAILER}` }).check();
  await expect(page.getByText('2 selected for export')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('radio', { name: /Selection/ }).check();
  const selection = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'CSV', exact: true })
    .getByRole('button', { name: 'CSV', exact: true })
    .click();
  const csv = await text(await selection);
  expect(csv.trim().split('\n')).toHaveLength(3);
});
