import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SKELETON = 'SkeletonMAE: Graph-based Masked Autoencoder for Skeleton Sequence Pre-training';

async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every view and dialog passes axe', async ({ page }) => {
      // Eight axe runs over full pages: on a shared 2-core machine that alone takes most of 30 s.
      test.setTimeout(60_000);
      await page.goto('/');
      await expect(page.getByRole('article').first()).toBeVisible();
      await expect(page.locator('html')).toHaveClass(
        colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/,
      );
      await expectNoViolations(page, 'the list');

      await page.getByRole('searchbox', { name: 'Search papers' }).fill('SkeletonMAE');
      const card = page.getByRole('article', { name: SKELETON });
      await card.getByRole('button', { name: /^Bookmark/ }).click();
      await card.getByRole('link', { name: SKELETON }).click();
      await page.getByRole('textbox', { name: 'Add tag' }).fill('vision');
      await page.getByRole('textbox', { name: 'Add tag' }).press('Enter');
      await page
        .getByRole('textbox', { name: 'Notes' })
        .fill('**Bold** note with a [link](https://example.org)');
      await expect(page.getByRole('heading', { name: 'Similar papers' })).toBeVisible();
      await expectNoViolations(page, 'the paper page');
      await page.getByRole('button', { name: 'Preview' }).click();
      await expectNoViolations(page, 'the note preview');

      await page.getByRole('link', { name: 'Reading list' }).click();
      await expect(page.getByRole('article', { name: SKELETON })).toBeVisible();
      await expectNoViolations(page, 'the reading list');

      await page.getByRole('link', { name: 'Stats' }).click();
      await expect(page.getByRole('heading', { name: 'Reading stats' })).toBeVisible();
      await expectNoViolations(page, 'the stats');

      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible();
      await expectNoViolations(page, 'the import dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Import' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Import' })).toBeFocused();

      await page.getByRole('button', { name: 'Export' }).click();
      await expectNoViolations(page, 'the export menu');
      await page.keyboard.press('Escape');

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'the shortcuts dialog');
    });
  });
}
