/**
 * Benchmarks sync over loopback in headless Chromium, against the real sync server:
 *   npm run bench:sync [-- --edits 60 --entries 5000 --no-build]
 * 1. Two devices with sync on: how long an edit of a note on A takes to show on B (median, p95).
 * 2. A library of N entries with notes synced by A; a fresh device turns sync on: time until its
 *    library holds them all (the app's `papershelf:sync-first` measure), and the bytes it received.
 * Prints the figures and writes bench-results/sync-latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { launchBrowser } from './bench/browser';
import { BENCH_DIST, buildApp } from './bench/build';
import { NAME_SHIM } from './bench/page-probes';
import { parseOptions } from './sync-server/options';
import { startSyncServer } from './sync-server/server';

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '60' },
    entries: { type: 'string', default: '5000' },
    port: { type: 'string', default: '4325' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
  },
});
const EDITS = Number(values.edits);
const ENTRIES = Number(values.entries);
const TOKEN = 'bench-token-not-secret';
const PAPER = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** A v1 library of `count` entries, each with tags and a note of a few sentences. */
function library(count: number): string {
  const entries: Record<string, unknown> = {};
  const at = '2025-06-01T00:00:00.000Z';
  for (let i = 0; i < count; i += 1) {
    entries[`bench-paper-${String(i).padStart(5, '0')}`] = {
      status: (['to-read', 'reading', 'read'] as const)[i % 3],
      tags: [`topic-${i % 40}`, `group-${i % 7}`],
      note: `Paper ${i}: the method trains on ${i % 97} datasets. Strong ablations; weak baselines. Re-read section ${i % 9} before the group meets.`,
      addedAt: at,
      startedAt: i % 3 === 0 ? null : at,
      finishedAt: i % 3 === 2 ? at : null,
      order: i,
      updatedAt: at,
    };
  }
  return JSON.stringify({
    version: 1,
    data: { entries, importedPapers: {}, lastBackupAt: null, changesSinceBackup: 0 },
  });
}

async function device(browser: Browser, storage: Record<string, string>) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript((items: Record<string, string>) => {
    for (const [key, value] of Object.entries(items)) {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }
  }, storage);
  const page = await context.newPage();
  let received = 0;
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      received += typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    }),
  );
  return { context, page, received: () => received };
}

const syncSettings = (server: string) =>
  JSON.stringify({ server, token: TOKEN, enabled: true, viewOnly: false });

async function waitForSynced(page: Page) {
  await page
    .getByRole('banner')
    .getByText(/^Synced$/)
    .waitFor({ timeout: 120_000 });
}

async function editLatency(browser: Browser, http: string, ws: string): Promise<number[]> {
  const settings = { 'papershelf:sync': syncSettings(ws) };
  const a = await device(browser, settings);
  const b = await device(browser, settings);
  for (const { page } of [a, b]) {
    await page.goto(`${http}/paper/${PAPER}`);
    await waitForSynced(page);
  }
  // A stamps each note edit as it is typed; B stamps the frame in which the text first shows.
  await a.page.evaluate(() => {
    const w = window as unknown as { edits: Record<string, number> };
    w.edits = {};
    document.addEventListener(
      'input',
      (event) => {
        const value = (event.target as HTMLTextAreaElement).value;
        w.edits[value] = performance.timeOrigin + performance.now();
      },
      true,
    );
  });
  await b.page.evaluate(() => {
    const w = window as unknown as { seen: Record<string, number> };
    w.seen = {};
    const notes = () => document.querySelector<HTMLTextAreaElement>('textarea');
    const frame = () => {
      const value = notes()?.value;
      if (value && w.seen[value] === undefined)
        w.seen[value] = performance.timeOrigin + performance.now();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const notes = a.page.getByRole('textbox', { name: 'Notes' });
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const text = `edit ${i}: ${'x'.repeat(i % 13)}`;
    await notes.fill(text);
    await b.page.waitForFunction((value) => {
      const w = window as unknown as { seen: Record<string, number> };
      return w.seen[value] !== undefined;
    }, text);
    const sent = await a.page.evaluate(
      (value) => (window as unknown as { edits: Record<string, number> }).edits[value],
      text,
    );
    const seen = await b.page.evaluate(
      (value) => (window as unknown as { seen: Record<string, number> }).seen[value],
      text,
    );
    if (sent !== undefined && seen !== undefined && i >= 3) latencies.push(seen - sent);
    await a.page.waitForTimeout(50);
  }
  await a.context.close();
  await b.context.close();
  return latencies;
}

async function freshDevice(browser: Browser, http: string, ws: string) {
  const a = await device(browser, {
    'papershelf:library': library(ENTRIES),
    'papershelf:sync': syncSettings(ws),
  });
  await a.page.goto(`${http}/reading`);
  await waitForSynced(a.page);
  const sent = a.received();
  await a.context.close();

  const c = await device(browser, { 'papershelf:sync': syncSettings(ws) });
  await c.page.goto(`${http}/reading`);
  const ms = await c.page.waitForFunction(
    () => performance.getEntriesByName('papershelf:sync-first')[0]?.duration,
    undefined,
    { timeout: 120_000 },
  );
  const firstMs = Number(await ms.jsonValue());
  await c.page.waitForFunction(
    (count) => {
      const raw = localStorage.getItem('papershelf:library');
      if (!raw) return false;
      const stored = JSON.parse(raw) as { data: { entries: Record<string, unknown> } };
      return Object.keys(stored.data.entries).length >= count;
    },
    ENTRIES,
    { timeout: 60_000 },
  );
  const bytes = c.received();
  await c.context.close();
  return { firstMs, bytes, sentToA: sent };
}

const loadBefore = loadavg()[0];
if (!values['no-build']) buildApp();
const data = mkdtempSync(join(tmpdir(), 'papershelf-bench-sync-'));
const server = await startSyncServer(
  parseOptions([
    '--port',
    values.port,
    '--data',
    data,
    '--token',
    TOKEN,
    '--serve-app',
    BENCH_DIST,
  ]),
  () => {},
);
const http = server.url.replace('ws://', 'http://');
const browser = await launchBrowser();
try {
  const latencies = (await editLatency(browser, http, server.url)).sort((x, y) => x - y);
  const fresh = await freshDevice(browser, http, server.url);
  const result = {
    at: new Date().toISOString(),
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg()[0],
    edit: {
      n: latencies.length,
      medianMs: quantile(latencies, 0.5),
      p95Ms: quantile(latencies, 0.95),
    },
    freshDevice: { entries: ENTRIES, ms: fresh.firstMs, bytesReceived: fresh.bytes },
  };
  console.log(
    `Papershelf sync benchmark — ${result.at} — ${result.cores} cores, load avg before ${loadBefore.toFixed(2)}, after ${result.loadAfter.toFixed(2)}`,
  );
  console.log(
    `edit on A -> shown on B (loopback), ms:  median ${result.edit.medianMs.toFixed(1)} / p95 ${result.edit.p95Ms.toFixed(1)}  (n=${result.edit.n})`,
  );
  console.log(
    `fresh device, ${ENTRIES} entries with notes:  ${(fresh.firstMs / 1000).toFixed(2)} s to a merged library, ${(fresh.bytes / 1024).toFixed(0)} KiB received`,
  );
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'sync-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(data, { recursive: true, force: true });
}
