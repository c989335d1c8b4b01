import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { signIn, submit } from './support/session';

const DEFAULTS = { title: 'Inkwell', description: 'A blog for people who write with quotes.' };

async function saveTitleAndDescription(page: Page, title: string, description: string) {
  await page.goto('/admin/settings');
  await page.getByLabel('Blog title').fill(title);
  await page.getByLabel('Description').fill(description);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved.');
}

test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.owner);
});

test('settings saved by an admin show on the home page at once', async ({ page }) => {
  // The home page is static output; it was cached before the save.
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText(DEFAULTS.title);

  try {
    await saveTitleAndDescription(page, 'Field Notes', 'Quotes worth keeping, and what they made me think.');
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Field Notes');
    await expect(page.getByRole('banner')).toContainText('Quotes worth keeping, and what they made me think.');
    await expect(page).toHaveTitle('Field Notes');
  } finally {
    await saveTitleAndDescription(page, DEFAULTS.title, DEFAULTS.description);
  }
  await page.goto('/');
  await expect(page).toHaveTitle(DEFAULTS.title);
});

test('invalid settings are refused by the server next to their field, and nothing typed is lost', async ({ page }) => {
  // Values the browser's own checks let through: the server is the one that must refuse them.
  await page.goto('/admin/settings');
  await page.getByLabel('Blog title').fill('   ');
  await page.getByLabel('Description').fill('A description not saved');
  await page.getByLabel('Site URL').fill('https://blog.example/some/path');
  await submit(page, 'Save settings');

  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(page.getByLabel('Blog title')).toHaveAccessibleDescription('Enter a title.');
  await expect(page.getByLabel('Site URL')).toHaveAccessibleDescription(/home page only/);
  await expect(page.getByLabel('Site URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Description')).toHaveValue('A description not saved');
  await expect(page.getByLabel('Site URL')).toHaveValue('https://blog.example/some/path');

  await page.goto('/');
  await expect(page.getByRole('banner')).not.toContainText('A description not saved');
});

test('the comment policy defaults are saved for the comments to use', async ({ page }) => {
  await page.goto('/admin/settings');
  await expect(page.getByLabel('Hold a commenter’s first comment')).toBeChecked();
  await page.getByLabel('Hold every comment').check();
  await page.getByLabel('Close comments after (days)').fill('30');
  await page.getByLabel('Disallowed words').fill('casino\nfree money\ncasino');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved.');

  await page.reload();
  await expect(page.getByLabel('Hold every comment')).toBeChecked();
  await expect(page.getByLabel('Close comments after (days)')).toHaveValue('30');
  await expect(page.getByLabel('Disallowed words')).toHaveValue('casino\nfree money');

  await page.getByLabel('Hold a commenter’s first comment').check();
  await page.getByLabel('Close comments after (days)').fill('');
  await page.getByLabel('Disallowed words').fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved.');
});
