#!/usr/bin/env node
// Renders public/icon.svg to the PNG sizes the web app manifest lists. Run after changing the icon.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Wrote public/icon-192.png and public/icon-512.png');
