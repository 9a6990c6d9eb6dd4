import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { count, findCard } from './helpers';

const KEY = 'papershelf:library';
// The reproduction from the red-team report: it would add a @preamble and an entry to every BibTeX export.
const HOSTILE_ID =
  '2401.00001}}\n@preamble{"\\input{/etc/passwd}"}\n@misc{injected, title={Injected entry}, note={x';

const dataset = JSON.parse(readFileSync('public/papers.json', 'utf8')) as {
  papers: Array<Record<string, unknown> & { title: string }>;
};
const paper = { ...dataset.papers[0], id: 'planted-paper', title: 'Planted paper' };
const at = '2026-01-10T10:00:00.000Z';

const files = {
  dataset: JSON.stringify({ ...dataset, papers: [{ ...paper, arxivId: HOSTILE_ID }] }),
  backup: JSON.stringify({
    format: 'papershelf-backup',
    version: 1,
    exportedAt: at,
    library: {
      entries: {},
      importedPapers: {
        'planted-paper': {
          paper: { ...paper, arxivId: HOSTILE_ID },
          importedAt: at,
          updatedAt: at,
        },
      },
      lastBackupAt: null,
      changesSinceBackup: 0,
    },
  }),
};
const fields = {
  dataset: 'papers[0].arxivId',
  backup: 'library.importedPapers["planted-paper"].paper.arxivId',
};

async function bookmarkFirstPaper(page: Page) {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  const card = await findCard(page, dataset.papers[0].title);
  await card.getByRole('button', { name: /^Bookmark/ }).click();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
}

for (const kind of ['dataset', 'backup'] as const) {
  test(`a ${kind} file whose arXiv id is not one is refused, naming the field, and changes nothing`, async ({
    page,
  }) => {
    await bookmarkFirstPaper(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByLabel('Choose file').setInputFiles({
      name: `hostile-${kind}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(files[kind]),
    });
    await expect(dialog.getByText(`${fields[kind]}: is not an arXiv id`)).toBeVisible();
    await expect(
      dialog.getByRole('button', { name: /^(Import \d+ papers?|Restore|Merge)/ }),
    ).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).first().click();
    await expect(dialog).toBeHidden();

    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
    await page.goto('/');
    await expect(count(page)).toHaveText('40 papers');
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('Planted paper');
    await expect(page.getByRole('article', { name: 'Planted paper' })).toHaveCount(0);
  });
}
