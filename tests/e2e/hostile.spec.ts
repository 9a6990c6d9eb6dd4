import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const FIXTURE = readFileSync('tests/fixtures/hostile/hf-api-hostile.json', 'utf8');
const RLO = '\u202E';
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(112).slice(0, 5000);
const WIDTHS = [360, 1280];

const HOSTILE_TAGS = [
  '<img src=x onerror=alert("tag")>',
  'javascript:alert(1)',
  `${RLO}live 😀`,
  `zero${ZERO_WIDTH}width`,
  LONG_WORD,
];

const HOSTILE_NOTE = [
  '<script>alert("note")</script> <img src=x onerror=alert("note")> <b>bold?</b>',
  '[js](javascript:alert(1)) [js2](JAVASCRIPT:alert(1)) [data](data:text/html,<script>alert(1)</script>)',
  '[spaced](java\tscript:alert(1)) [entity](&#106;avascript:alert(1)) <javascript:alert(1)>',
  '![pic](x" onerror="alert(2)) <iframe src="javascript:alert(3)"></iframe> <svg onload=alert(4)>',
  `[ok](https://example.org/ok) ${RLO}gnp.exe zero${ZERO_WIDTH}width 👩‍👩‍👧‍👦`,
  LONG_WORD,
].join('\n\n');

const count = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ papers?\b/ });

/** Everything the hostile text could have planted in the page, listed as readable problems. */
async function injectedProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        if (name.toLowerCase().startsWith('on')) problems.push(`${element.tagName}[${name}]`);
      }
    }
    for (const selector of [
      'img[src="x"]',
      'iframe',
      'object',
      'embed',
      'frame',
      'b',
      'svg[onload]',
    ])
      for (const element of document.querySelectorAll(selector))
        problems.push(`element ${selector}: ${element.outerHTML.slice(0, 80)}`);
    for (const script of document.querySelectorAll('script')) {
      if (!script.src || new URL(script.src).origin !== location.origin)
        problems.push(`script: ${script.outerHTML.slice(0, 80)}`);
    }
    for (const link of document.querySelectorAll('a')) {
      const raw = link.getAttribute('href');
      const protocol = raw === null ? 'none' : new URL(link.href).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`link href ${raw}`);
      if (link.target === '_blank' && !link.rel.split(/\s+/).includes('noopener'))
        problems.push(`target=_blank without noopener: ${raw}`);
    }
    return problems;
  });
}

/** No injected markup, safe links, and no sideways scrolling at a phone and a desktop width. */
async function expectHarmless(page: Page, where: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Let layout (and the virtual list's measurements) settle at the new width.
    await page.waitForTimeout(150);
    expect(await injectedProblems(page), `${where} at ${width}px`).toEqual([]);
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(overflow.scrollWidth, `${where} scroll width at ${width}px`).toBeLessThanOrEqual(
      overflow.innerWidth,
    );
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openHostilePaper(page: Page, name: RegExp) {
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('hostile');
  const card = page.getByRole('article', { name });
  await expect(card).toBeVisible();
  // A 5,000-character title wraps into a link taller than the screen; Enter follows it wherever it sits.
  await card.getByRole('link', { name }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('hostile imported papers, tags and notes render as inert text that fits the screen', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');
  await expect(count(page)).toHaveText('40 papers');

  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Paste text').fill(FIXTURE);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const confirm = dialog.getByRole('button', { name: 'Import 3 papers' });
  await expect(confirm).toBeVisible();
  await expectHarmless(page, 'import preview');
  await confirm.click();
  await expect(count(page)).toHaveText('43 papers');

  await page.getByRole('searchbox', { name: 'Search papers' }).fill('hostile');
  await expect(count(page)).toHaveText('3 papers');
  for (const name of [/HostileAlpha/, /HostileBeta/, /HostileGamma/]) {
    const bookmark = page.getByRole('article', { name }).getByRole('button', { name: /^Bookmark/ });
    await bookmark.click();
    await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  }
  // The titles are shown as text, markup and all.
  await expect(page.getByRole('article', { name: /HostileAlpha/ })).toContainText(
    '<script>alert("title")</script>',
  );
  await expectHarmless(page, 'search results');

  await openHostilePaper(page, /HostileAlpha/);
  const tagBox = page.getByRole('textbox', { name: 'Add tag' });
  for (const tag of HOSTILE_TAGS) {
    await tagBox.fill(tag);
    await tagBox.press('Enter');
  }
  await expect(page.getByRole('button', { name: /^Remove tag / })).toHaveCount(HOSTILE_TAGS.length);
  await page.getByRole('textbox', { name: 'Notes' }).fill(HOSTILE_NOTE);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expectHarmless(page, 'paper page, editing');
  await page.getByRole('button', { name: 'Preview' }).click();
  const main = page.getByRole('main');
  await expect(main.getByText(/onerror=alert\("note"\)/)).toBeVisible();
  await expect(main.getByRole('link', { name: 'ok', exact: true })).toHaveAttribute(
    'href',
    'https://example.org/ok',
  );
  await expectHarmless(page, 'paper page, note preview');

  await openHostilePaper(page, /HostileBeta/);
  await expectHarmless(page, 'paper with a 5,000-character word');
  await openHostilePaper(page, /HostileGamma/);
  await expectHarmless(page, 'paper with markdown tricks in its title');

  await page.getByRole('link', { name: 'Reading list' }).click();
  await expect(count(page)).toHaveText('3 papers');
  await expectHarmless(page, 'reading list');
  await page.getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByRole('heading', { name: 'Reading stats' })).toBeVisible();
  await expectHarmless(page, 'stats');

  // The hostile text survives a reload intact, still as text.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reading stats' })).toBeVisible();
  await openHostilePaper(page, /HostileAlpha/);
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(HOSTILE_NOTE);
  await expectHarmless(page, 'paper page after reload');
  expect(dialogs).toEqual([]);
});
