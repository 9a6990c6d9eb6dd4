#!/usr/bin/env node
// Takes the README's screenshots from a running build: `npx vite build && npx vite preview` then
// `node scripts/screenshots.mjs [http://127.0.0.1:4173]`. Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const paper = 'skeletonmae-graph-based-masked-autoencoder-for-skeleton-sequence-pre-training';
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

async function shoot(name, { width, height, colorScheme, path, prepare }) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
  await page
    .getByRole('article')
    .first()
    .getByRole('button', { name: /^Bookmark/ })
    .click();
  await page.goto(`${base}${path}`);
  await page.getByRole('article').first().waitFor();
  if (prepare) await prepare(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  await context.close();
}

await shoot('list-light-desktop', {
  width: 1280,
  height: 860,
  colorScheme: 'light',
  path: '/?q=encoder+decoder',
});
await shoot('paper-dark-desktop', {
  width: 1280,
  height: 860,
  colorScheme: 'dark',
  path: `/paper/${paper}`,
  prepare: async (page) => {
    await page
      .getByRole('textbox', { name: 'Notes' })
      .fill(
        '## Why it matters\n\n- masked **joints** and edges\n- code: [GitHub](https://github.com/HongYan1123/SkeletonMAE)',
      );
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Your tags and notes' }).scrollIntoViewIfNeeded();
  },
});
await shoot('list-dark-phone', { width: 390, height: 844, colorScheme: 'dark', path: '/?code=1' });
await shoot('reading-light-phone', {
  width: 390,
  height: 844,
  colorScheme: 'light',
  path: '/reading',
});
await browser.close();
console.log('Wrote docs/screenshots/*.png');
