import { expect, test, type Page } from '@playwright/test';
import { count, runPastSaveDelay } from './helpers';

const KEY = 'papershelf:library';
const SKELETON_ID = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedNote = async (page: Page, id: string) => {
  const value = JSON.parse((await stored(page)) ?? '{}') as {
    data?: { entries?: Record<string, { note?: string }> };
  };
  return value.data?.entries?.[id]?.note;
};

const entry = (overrides: Record<string, unknown> = {}) => ({
  status: 'reading',
  tags: ['kept'],
  note: 'A note that must survive.',
  addedAt: '2025-01-02T03:04:05.000Z',
  startedAt: '2025-01-03T03:04:05.000Z',
  finishedAt: null,
  order: 1,
  updatedAt: '2025-01-03T03:04:05.000Z',
  ...overrides,
});

const library = (entries: Record<string, unknown>) =>
  JSON.stringify({
    version: 1,
    data: { entries, importedPapers: {}, lastBackupAt: null, changesSinceBackup: 1 },
  });

/** Puts `raw` under the library key, as a returning visitor would have it. */
async function seedStorage(page: Page, raw: string) {
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
}

test('a malformed paper link shows what went wrong under the header, with a way back, and leaves the library alone', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const raw = library({ [SKELETON_ID]: entry() });
  await seedStorage(page, raw);
  await page.clock.install();

  // The preview server refuses the malformed path itself; the service worker (and any single-page host)
  // answers every navigation with the app, so serve it the same way here.
  await page.route('**/paper/%E0%A4%A', (route) =>
    route.fulfill({ path: 'dist/index.html', contentType: 'text/html' }),
  );
  await page.goto('/paper/%E0%A4%A');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link is broken');
  await expect(alert).toContainText('%E0%A4%A');
  expect(errors).toEqual([]);
  await runPastSaveDelay(page);
  expect(await stored(page)).toBe(raw);

  await alert.getByRole('link', { name: 'Back to the papers' }).click();
  await expect(count(page)).toHaveText('40 papers');
  expect(await stored(page)).toBe(raw);
});

test('a page that fails to load shows the error boundary under the header and recovers from the header', async ({
  page,
}) => {
  const raw = library({ [SKELETON_ID]: entry() });
  await seedStorage(page, raw);
  // The paper page's code cannot be downloaded (a flaky network, a deploy in between).
  await page.route('**/assets/paper-route-*.js', (route) => route.abort());
  await page.goto(`/paper/${SKELETON_ID}`);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This page could not be shown');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Back to the papers' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Papers' })
    .click();
  await expect(count(page)).toHaveText('40 papers');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await stored(page)).toBe(raw);
});

const backup = (entries: Record<string, unknown>) =>
  JSON.stringify({
    format: 'papershelf-backup',
    version: 1,
    exportedAt: '2026-11-29T12:00:00.000Z',
    library: { entries, importedPapers: {}, lastBackupAt: null, changesSinceBackup: 0 },
  });

for (const bad of ['~~~~~~~~~~', '9999-12-31T23:59:59.999Z']) {
  test(`a backup whose updatedAt is ${bad} is refused with a message naming the entry and field`, async ({
    page,
  }) => {
    const raw = library({ [SKELETON_ID]: entry() });
    await seedStorage(page, raw);
    await page.reload();
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog
      .getByLabel('Paste text')
      .fill(backup({ [SKELETON_ID]: entry({ note: 'From the backup', updatedAt: bad }) }));
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const problem = dialog.getByRole('alert');
    await expect(problem).toContainText(`library.entries["${SKELETON_ID}"].updatedAt`);
    await expect(problem).toContainText('must be a date and time in ISO 8601');
    await expect(dialog.getByRole('button', { name: /^(Merge|Replace|Restore)/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).first().click();
    expect(await stored(page)).toBe(raw);
  });
}

test('a saved bad timestamp is repaired on load and said so; the entry and its note stay', async ({
  page,
}) => {
  await seedStorage(page, library({ [SKELETON_ID]: entry({ updatedAt: '~~~~~~~~~~' }) }));
  await page.goto(`/paper/${SKELETON_ID}`);
  await expect(page.getByRole('status').filter({ hasText: 'was repaired' })).toContainText(
    `entries["${SKELETON_ID}"].updatedAt`,
  );
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toHaveValue('A note that must survive.');
  // An edit to the repaired paper saves (before, every edit to it threw).
  await notes.fill('A note that must survive. Edited.');
  await expect.poll(() => storedNote(page, SKELETON_ID)).toBe('A note that must survive. Edited.');
});

test('a restored note with a remote image shows a link to it: nothing loads from elsewhere, no CSP violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, '__cspViolations', seen);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const remote: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith('example.net')) remote.push(request.url());
  });
  await seedStorage(
    page,
    library({
      [SKELETON_ID]: entry({
        note: 'Figure:\n\n![loss curve](https://images.example.net/loss.png)\n\n![](https://t.example.net/pixel.gif)',
      }),
    }),
  );
  await page.goto(`/paper/${SKELETON_ID}`);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Notes' });
  await expect(preview.getByRole('link', { name: 'Image: loss curve' })).toHaveAttribute(
    'href',
    'https://images.example.net/loss.png',
  );
  await expect(preview.getByRole('link', { name: 'Image: t.example.net' })).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => Reflect.get(window, '__cspViolations') as string[])).toEqual([]);
  expect(remote).toEqual([]);
});
