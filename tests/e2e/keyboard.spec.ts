import { expect, test } from '@playwright/test';

test('the list and a paper can be used from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toBeFocused();
  await page.keyboard.type('encoder');
  // Shortcuts never fire while typing: "j" and "b" went into the box.
  await page.keyboard.type(' jb');
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('encoder jb');
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('encoder');
  await page.getByRole('searchbox', { name: 'Search papers' }).blur();

  await page.keyboard.press('j');
  const current = page.locator('article[aria-current="true"]');
  await expect(current).toHaveCount(1);
  const firstTitle = await current.locator('h2').innerText();
  await page.keyboard.press('j');
  await expect(current.locator('h2')).not.toHaveText(firstTitle);
  await page.keyboard.press('k');
  await expect(current.locator('h2')).toHaveText(firstTitle);

  await page.keyboard.press('b');
  await expect(current.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('2');
  await expect(current.getByRole('combobox', { name: 'Reading status' })).toHaveValue('reading');
  await page.keyboard.press('3');
  await expect(current.getByRole('combobox', { name: 'Reading status' })).toHaveValue('read');

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.type('typed without a mouse');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Notes' })).not.toBeFocused();
  await page.goBack();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next / previous paper');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
