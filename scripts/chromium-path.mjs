import { existsSync } from 'node:fs';

/** The Chromium the browser tests and the benchmark drive; undefined lets Playwright use its own. */
export function chromiumPath() {
  for (const path of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

/** Flags for headless Chromium as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
