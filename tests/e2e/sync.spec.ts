import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findCard } from './helpers';
import {
  READ_TOKEN,
  startRedis,
  startServerProcess,
  tempDataFolder,
  WRITE_TOKEN,
  type ServerProcess,
} from './sync-harness';

// Each journey runs its own `npm run sync-server` (serving the built app from the same origin) on a
// port of its own within 4310-4330, which no other spec uses.
const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';
const SKELETON_ID = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';
const SAILER = 'SAILER: Structure-aware Pre-trained Language Model for Legal Case Retrieval';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

type Device = { context: BrowserContext; page: Page };

async function openDevice(browser: Browser, server: ServerProcess): Promise<Device> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.httpUrl}/`);
  await expect(page.getByRole('status').filter({ hasText: /\d+ papers?\b/ })).toBeVisible();
  return { context, page };
}

const header = (page: Page) => page.getByRole('banner');

/**
 * A paper's card on the list of all papers, reached through the app's own navigation. A paper only
 * another device held arrives as that device's snapshot, through the server: allow it the time.
 */
async function card(page: Page, title: string) {
  if (new URL(page.url()).pathname !== '/') {
    await page.getByRole('link', { name: 'Papers', exact: true }).click();
  }
  return findCard(page, title, { timeout: 15_000 });
}

async function turnOnSync(page: Page, server: ServerProcess, token = WRITE_TOKEN) {
  await header(page).getByRole('button', { name: 'Sync', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sync' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await dialog.getByLabel('Token').fill(token);
  await dialog.getByRole('button', { name: 'Turn on sync' }).click();
  return dialog;
}

async function syncOn(page: Page, server: ServerProcess) {
  const dialog = await turnOnSync(page, server);
  await expect(dialog.getByRole('status')).toContainText('Synced');
  await expect(dialog.getByRole('button', { name: 'Turn off sync' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** The paper's page (already open, it stays: a navigation would need the network). */
async function openSkeleton(page: Page) {
  const path = `/paper/${SKELETON_ID}`;
  if (new URL(page.url()).pathname !== path) await page.goto(new URL(path, page.url()).href);
  await expect(page.getByRole('heading', { level: 1, name: SKELETON })).toBeVisible();
}

test('an edit on one device shows on the other without a reload, and after one', async ({
  browser,
}) => {
  const data = tempDataFolder();
  const server = await startServerProcess({ port: 4310, data: data.path, serveApp: true });
  try {
    const a = await openDevice(browser, server);
    const b = await openDevice(browser, server);
    await syncOn(a.page, server);
    await syncOn(b.page, server);

    const skeleton = await card(a.page, SKELETON);
    await skeleton.getByRole('button', { name: /^Bookmark/ }).click();
    await openSkeleton(a.page);
    await a.page.getByRole('textbox', { name: 'Add tag' }).fill('skeleton');
    await a.page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
    await a.page.getByRole('textbox', { name: 'Notes' }).fill('Masked joints work.');

    await openSkeleton(b.page);
    await expect(b.page.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(b.page.getByRole('button', { name: 'Remove tag skeleton' })).toBeVisible();
    await expect(b.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Masked joints work.');
    await expect(header(b.page)).toContainText('Synced');

    await b.page.reload();
    await expect(b.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Masked joints work.');
    await expect(b.page.getByRole('button', { name: 'Remove tag skeleton' })).toBeVisible();
    await expect(header(b.page)).toContainText('Synced');
  } finally {
    await server.kill();
    data.remove();
  }
});

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('papershelf:library') ?? 'null') as unknown);

async function note(page: Page) {
  await openSkeleton(page);
  return page.getByRole('textbox', { name: 'Notes' });
}

test('both devices offline edit different fields of one paper and its note; back online they agree and keep every edit', async ({
  browser,
}) => {
  const data = tempDataFolder();
  const server = await startServerProcess({ port: 4311, data: data.path, serveApp: true });
  try {
    const a = await openDevice(browser, server);
    const b = await openDevice(browser, server);
    await syncOn(a.page, server);
    await syncOn(b.page, server);
    await (await note(a.page)).fill('Method: masked joints.');
    await expect(await note(b.page)).toHaveValue('Method: masked joints.');

    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await expect(header(a.page)).toContainText('Offline');
    await expect(header(b.page)).toContainText('Offline');

    await openSkeleton(a.page);
    await a.page
      .getByRole('combobox', { name: 'Reading status' })
      .selectOption({ label: 'Reading' });
    await (await note(a.page)).fill('Method: masked joints. Ablations look thin.');
    await openSkeleton(b.page);
    await b.page.getByRole('textbox', { name: 'Add tag' }).fill('to-discuss');
    await b.page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
    await (await note(b.page)).fill('Intro. Method: masked joints.');
    await expect(header(a.page)).toContainText(/Offline, \d+ changes? waiting/);

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    const merged = 'Intro. Method: masked joints. Ablations look thin.';
    for (const device of [a, b]) {
      await expect(header(device.page)).toContainText('Synced');
      await expect(await note(device.page)).toHaveValue(merged);
      await expect(device.page.getByRole('combobox', { name: 'Reading status' })).toHaveValue(
        'reading',
      );
      await expect(
        device.page.getByRole('button', { name: 'Remove tag to-discuss' }),
      ).toBeVisible();
    }
  } finally {
    await server.kill();
    data.remove();
  }
});

test('the server dies mid-session: both keep working, say offline, and converge when it is back; a new device gets everything', async ({
  browser,
}) => {
  const data = tempDataFolder();
  let server = await startServerProcess({ port: 4312, data: data.path, serveApp: true });
  try {
    const a = await openDevice(browser, server);
    const b = await openDevice(browser, server);
    await syncOn(a.page, server);
    await syncOn(b.page, server);
    // The server also serves the app: pages open now keep working, new navigations would fail.
    const notes = await note(b.page);

    await server.kill();
    await expect(header(a.page)).toContainText('Offline');
    await expect(header(b.page)).toContainText('Offline');
    await (await card(a.page, SAILER)).getByRole('button', { name: /^Bookmark/ }).click();
    await notes.fill('Written while the server was down.');
    // Saved locally all the same.
    await expect(b.page.getByText('Saved', { exact: true })).toBeVisible();
    await expect
      .poll(async () => JSON.stringify(await stored(b.page)))
      .toContain('Written while the server was down.');

    server = await startServerProcess({ port: 4312, data: data.path, serveApp: true });
    await expect(await note(a.page)).toHaveValue('Written while the server was down.');
    const sailer = await card(b.page, SAILER);
    await expect(sailer.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(header(a.page)).toContainText('Synced');
    await expect(header(b.page)).toContainText('Synced');

    const c = await openDevice(browser, server);
    await syncOn(c.page, server);
    await expect(await note(c.page)).toHaveValue('Written while the server was down.');
    await expect(
      (await card(c.page, SAILER)).getByRole('button', { name: /^Bookmark/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await server.kill();
    data.remove();
  }
});

test('a wrong token and a read-only token: clear messages, and nothing changes here or on the server', async ({
  browser,
}) => {
  const data = tempDataFolder();
  const server = await startServerProcess({ port: 4313, data: data.path, serveApp: true });
  try {
    const owner = await openDevice(browser, server);
    await syncOn(owner.page, server);
    await (await note(owner.page)).fill('The group reads this.');

    const stranger = await openDevice(browser, server);
    await (
      await findCard(stranger.page, SAILER)
    )
      .getByRole('button', { name: /^Bookmark/ })
      .click();
    await expect.poll(() => stored(stranger.page)).not.toBeNull();
    const before = JSON.stringify(await stored(stranger.page));
    const refused = await turnOnSync(stranger.page, server, 'not-the-token');
    await expect(refused.getByRole('status')).toContainText('Error');
    await expect(refused.getByRole('status')).toContainText('did not accept this token');
    expect(JSON.stringify(await stored(stranger.page))).toBe(before);

    const reader = await openDevice(browser, server);
    await (await card(reader.page, SAILER)).getByRole('button', { name: /^Bookmark/ }).click();
    await expect.poll(() => stored(reader.page)).not.toBeNull();
    const readersOwn = JSON.stringify(await stored(reader.page));
    await turnOnSync(reader.page, server, READ_TOKEN);
    // The reader sees the shared list, read-only; their own library is kept aside.
    await expect(header(reader.page)).toContainText('Synced, read-only');
    await expect(await note(reader.page)).toHaveValue('The group reads this.');
    await expect(reader.page.getByRole('textbox', { name: 'Notes' })).not.toBeEditable();
    await expect(reader.page.getByRole('button', { name: /^Bookmark/ })).toBeDisabled();
    expect(JSON.stringify(await stored(reader.page))).toBe(readersOwn);

    // Nothing of the stranger's or the reader's reached the owner.
    await expect(
      (await card(owner.page, SAILER)).getByRole('button', { name: /^Bookmark/ }),
    ).toHaveAttribute('aria-pressed', 'false');

    // Turning sync off brings the reader's own library back.
    await header(reader.page).getByRole('button', { name: 'Sync', exact: true }).click();
    await reader.page
      .getByRole('dialog', { name: 'Sync' })
      .getByRole('button', { name: 'Turn off sync' })
      .click();
    await expect(
      (await card(reader.page, SAILER)).getByRole('button', { name: /^Bookmark/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await server.kill();
    data.remove();
  }
});

test('two server processes behind one Redis: a device on each converges', async ({ browser }) => {
  const redis = await startRedis(4320);
  const first = tempDataFolder();
  const second = tempDataFolder();
  const one = await startServerProcess({
    port: 4321,
    data: first.path,
    serveApp: true,
    redis: redis.url,
  });
  const two = await startServerProcess({
    port: 4322,
    data: second.path,
    serveApp: true,
    redis: redis.url,
  });
  try {
    const a = await openDevice(browser, one);
    const b = await openDevice(browser, two);
    await syncOn(a.page, one);
    await syncOn(b.page, two);
    await (await card(a.page, SKELETON)).getByRole('button', { name: /^Bookmark/ }).click();
    await expect(
      (await card(b.page, SKELETON)).getByRole('button', { name: /^Bookmark/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await (await note(b.page)).fill('Written through the second server.');
    await expect(await note(a.page)).toHaveValue('Written through the second server.');
  } finally {
    await one.kill();
    await two.kill();
    await redis.stop();
    first.remove();
    second.remove();
  }
});

const IMPORTED = {
  id: '2501.01234',
  title: 'Sync-Tested Sparse Retrieval for Reading Groups',
  abstract: 'An imported paper that only this library knows.',
  authorCount: 2,
  authors: ['Ada Lovelace', 'Alan Turing'],
  organization: null,
  publishedAt: '2025-01-03',
  comments: null,
  upvotes: null,
  arxivId: '2501.01234',
  codeUrl: null,
  projectUrl: null,
  links: [],
  topics: [],
};

/** Today's stored format (version 1), as a returning user has it: notes, tags, an imported paper. */
const V1_LIBRARY = JSON.stringify({
  version: 1,
  data: {
    entries: {
      [SKELETON_ID]: {
        status: 'reading',
        tags: ['skeleton'],
        note: 'Notes from before sync existed.',
        addedAt: '2025-01-02T03:04:05.000Z',
        startedAt: '2025-01-03T03:04:05.000Z',
        finishedAt: null,
        order: 1,
        updatedAt: '2025-01-03T03:04:05.000Z',
      },
      [IMPORTED.id]: {
        status: 'to-read',
        tags: [],
        note: 'Imported, then annotated.',
        addedAt: '2025-01-04T03:04:05.000Z',
        startedAt: null,
        finishedAt: null,
        order: 2,
        updatedAt: '2025-01-04T03:04:05.000Z',
      },
    },
    importedPapers: {
      [IMPORTED.id]: {
        paper: IMPORTED,
        importedAt: '2025-01-04T03:04:05.000Z',
        updatedAt: '2025-01-04T03:04:05.000Z',
      },
    },
    lastBackupAt: null,
    changesSinceBackup: 3,
  },
});

test('a library saved in the first format, with notes and imported papers, is migrated and synced whole', async ({
  browser,
}) => {
  const data = tempDataFolder();
  const server = await startServerProcess({ port: 4314, data: data.path, serveApp: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((raw) => {
      if (
        localStorage.getItem('papershelf:library') === null &&
        !sessionStorage.getItem('seeded')
      ) {
        localStorage.setItem('papershelf:library', raw);
        sessionStorage.setItem('seeded', '1');
      }
    }, V1_LIBRARY);
    const page = await context.newPage();
    await page.goto(`${server.httpUrl}/`);
    const a = { context, page };
    await syncOn(a.page, server);

    const b = await openDevice(browser, server);
    await syncOn(b.page, server);
    for (const device of [b, a]) {
      await expect(await note(device.page)).toHaveValue('Notes from before sync existed.');
      await expect(device.page.getByRole('combobox', { name: 'Reading status' })).toHaveValue(
        'reading',
      );
      await expect(device.page.getByRole('button', { name: 'Remove tag skeleton' })).toBeVisible();
      const imported = await card(device.page, IMPORTED.title);
      await expect(imported.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await imported.getByRole('link', { name: IMPORTED.title }).click();
      await expect(device.page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
        'Imported, then annotated.',
      );
    }
    await b.page.reload();
    await expect(b.page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Imported, then annotated.',
    );
  } finally {
    await server.kill();
    data.remove();
  }
});
