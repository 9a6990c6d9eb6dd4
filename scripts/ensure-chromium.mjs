#!/usr/bin/env node
// Finds a Chromium for the browser tests and installs one when none is found:
// CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser; otherwise apt (Debian, as root)
// or `npx playwright install chromium`. Prints the path it settled on.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return null;
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let path = findChromium() ?? (await playwrightsOwn());
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (existsSync('/usr/bin/apt-get') && isRoot) {
      console.log("No Chromium found: installing Debian's chromium with apt-get…");
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } else {
      console.log("No Chromium found: installing Playwright's Chromium…");
      execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    }
    path = findChromium() ?? (await playwrightsOwn());
  }
  if (!path) {
    console.error('Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
