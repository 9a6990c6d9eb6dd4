import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium-path.mjs';
import { installArm } from './page-arm';
import { installObservers } from './page-observers';
import { installProbes, NAME_SHIM } from './page-probes';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/**
 * A fresh context (empty cache and storage) with the probes installed before the app's scripts.
 * Service workers are blocked: the app's worker would precache and later serve the bundled catalogue
 * instead of the generated one, and its install would download the catalogue a second time mid-run.
 */
export async function openContext(
  browser: Browser,
  storage: Record<string, string> = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
    // The baselines (Fuse.js, a substring scan) are injected as inline scripts, which the app's CSP forbids.
    bypassCSP: true,
  });
  await context.addInitScript(NAME_SHIM);
  if (Object.keys(storage).length > 0) {
    await context.addInitScript((items: Record<string, string>) => {
      // Only where nothing is stored yet: the app's own writes must survive a reload.
      try {
        for (const [key, value] of Object.entries(items)) {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        }
      } catch {
        // about:blank and other opaque origins have no storage.
      }
    }, storage);
  }
  await context.addInitScript(installProbes);
  await context.addInitScript(installObservers);
  await context.addInitScript(installArm);
  return context;
}

export type HeapFigures = {
  /** The page's main-thread JS heap after a forced GC (CDP Runtime.getHeapUsage). */
  pageUsedMB: number;
  /** Dedicated workers of the page, each after a GC where possible. */
  workerUsedMB: number[];
  totalMB: number;
};

const MB = 2 ** 20;

/** Heap of the page and its workers. Workers are reached through a browser CDP session (non-flat attach). */
export async function measureHeap(browser: Browser, page: Page): Promise<HeapFigures> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const pageHeap = await session.send('Runtime.getHeapUsage');
  await session.detach();

  const browserSession = await browser.newBrowserCDPSession();
  const workerUsedMB: number[] = [];
  try {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const origin = new URL(page.url()).origin;
    for (const target of targetInfos) {
      if (target.type !== 'worker' || !target.url.startsWith(origin)) continue;
      const { sessionId } = await browserSession.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      });
      let nextId = 1;
      const call = (method: string) =>
        new Promise<unknown>((resolve) => {
          const id = nextId++;
          setTimeout(() => resolve(null), 15_000).unref();
          const onMessage = (event: { sessionId?: string; message: string }) => {
            const reply: unknown = JSON.parse(event.message);
            if (typeof reply === 'object' && reply !== null && 'id' in reply && reply.id === id) {
              browserSession.off('Target.receivedMessageFromTarget', onMessage);
              resolve('result' in reply ? reply.result : null);
            }
          };
          browserSession.on('Target.receivedMessageFromTarget', onMessage);
          void browserSession.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          });
        });
      await call('HeapProfiler.collectGarbage');
      const usage = await call('Runtime.getHeapUsage');
      if (
        typeof usage === 'object' &&
        usage !== null &&
        'usedSize' in usage &&
        typeof usage.usedSize === 'number'
      ) {
        workerUsedMB.push(usage.usedSize / MB);
      }
      await browserSession.send('Target.detachFromTarget', { sessionId });
    }
  } finally {
    await browserSession.detach();
  }
  const pageUsedMB = pageHeap.usedSize / MB;
  return {
    pageUsedMB,
    workerUsedMB,
    totalMB: pageUsedMB + workerUsedMB.reduce((sum, mb) => sum + mb, 0),
  };
}
