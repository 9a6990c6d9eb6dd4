import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { count, findCard, runPastSaveDelay } from './helpers';

const KEY = 'papershelf:library';
const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const SKELETON_ID = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';
const SAILER = 'SAILER: Structure-aware Pre-trained Language Model for Legal Case Retrieval';
const SAILER_ID = 'sailer-structure-aware-pre-trained-language-model-for-legal-case-retrieval';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Puts `raw` under the library key, then loads the app over it as a returning visitor would. */
async function loadWithStored(page: Page, raw: string) {
  await page.clock.install();
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();
}

const entry = (status: string, note: string) => ({
  status,
  tags: ['kept'],
  note,
  addedAt: '2025-01-02T03:04:05.000Z',
  startedAt: status === 'reading' ? '2025-01-03T03:04:05.000Z' : null,
  finishedAt: null,
  order: 1,
  updatedAt: '2025-01-03T03:04:05.000Z',
});

const UNREADABLE: Record<string, string> = {
  'not JSON': 'papershelf library: definitely <not> JSON',
  'truncated JSON': `{"version":1,"data":{"entries":{"${SKELETON_ID}":{"status":"read","tags":["a`,
  'a wrong shape': '{"version":1,"data":{"entries":"should be an object","importedPapers":[]}}',
  'a bare array': '[{"status":"read"}]',
  'an older version with no migration': '{"version":0,"data":{"bookmarks":["x"]}}',
  'a stock envelope with a wrong shape': '{"state":{"entries":42},"version":0}',
};

for (const [kind, raw] of Object.entries(UNREADABLE)) {
  test(`unreadable stored value (${kind}): the catalogue loads, the user is told, the bytes stay`, async ({
    page,
  }) => {
    await loadWithStored(page, raw);
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(count(page)).toHaveText('40 papers');

    // An edit in the meantime lives in memory and does not overwrite the unreadable value.
    const bookmark = (await findCard(page, SKELETON)).getByRole('button', { name: /^Bookmark/ });
    await bookmark.click();
    await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
    await runPastSaveDelay(page);
    expect(await stored(page)).toBe(raw);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable data' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);
    expect(await stored(page)).toBe(raw);
  });
}

test('a value saved by a newer version makes the tab read-only with a reload message', async ({
  page,
}) => {
  const raw = JSON.stringify({
    version: 99,
    data: { entries: { [SKELETON_ID]: { shape: 'from the future' } }, shelves: [] },
  });
  await loadWithStored(page, raw);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('newer version');
  await expect(alert).toContainText('Reload');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(count(page)).toHaveText('40 papers');

  const card = await findCard(page, SKELETON);
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toBeDisabled();
  await runPastSaveDelay(page);
  expect(await stored(page)).toBe(raw);
});

test('an older zustand-persist envelope is migrated, not reported as unreadable', async ({
  page,
}) => {
  const raw = JSON.stringify({
    state: { entries: { [SKELETON_ID]: entry('reading', 'kept from the prototype') }, view: 'x' },
    version: 0,
  });
  await loadWithStored(page, raw);
  await expect(count(page)).toHaveText('40 papers');
  const card = await findCard(page, SKELETON);
  await expect(card.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(card.getByRole('combobox', { name: 'Reading status' })).toHaveValue('reading');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The next save writes the current format and keeps the migrated entry.
  await (await findCard(page, SAILER)).getByRole('button', { name: /^Bookmark/ }).click();
  await expect.poll(async () => (await stored(page)) ?? '').toContain('"version":3');
  const saved = JSON.parse((await stored(page)) ?? '{}') as {
    data: { entries: Record<string, { status: string | null; note: string }> };
  };
  expect(saved.data.entries[SKELETON_ID]).toMatchObject({
    status: 'reading',
    note: 'kept from the prototype',
  });
  expect(saved.data.entries[SAILER_ID]?.status).toBe('to-read');
});

test('storage that refuses writes: warned once, work kept in memory and in a backup, then saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { failWrites?: boolean }).failWrites)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.clock.install();
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.evaluate(() => Object.assign(window, { failWrites: true }));

  const skeleton = await findCard(page, SKELETON);
  await skeleton.getByRole('button', { name: /^Bookmark/ }).click();
  const warning = page.getByRole('alert').filter({ hasText: /not (being )?saved/i });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('full');
  await expect(skeleton.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A second change while storage is still full: the same single warning, not another one.
  await skeleton
    .getByRole('combobox', { name: 'Reading status' })
    .selectOption({ label: 'Reading' });
  await runPastSaveDelay(page);
  await expect(warning).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(1);
  expect(await stored(page)).toBeNull();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup', exact: true }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    library: { entries: Record<string, { status: string | null }> };
  };
  expect(backup.library.entries[SKELETON_ID]?.status).toBe('reading');

  await page.evaluate(() => Object.assign(window, { failWrites: false }));
  await (await findCard(page, SAILER)).getByRole('button', { name: /^Bookmark/ }).click();
  await expect(warning).toHaveCount(0);
  await expect
    .poll(async () => {
      const raw = await stored(page);
      if (raw === null) return null;
      const { data } = JSON.parse(raw) as {
        data: { entries: Record<string, { status: string | null }> };
      };
      return [data.entries[SKELETON_ID]?.status, data.entries[SAILER_ID]?.status];
    })
    .toEqual(['reading', 'to-read']);
  expect(dialogs).toEqual([]);
});
