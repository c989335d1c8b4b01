import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { deleteAllPostsOf } from './support/posts';
import { signIn } from './support/session';

test.afterAll(async ({ browser }) => {
  await deleteAllPostsOf(browser, accounts.author);
});

// The posts list: filters, search, and bulk trash / restore / delete.

async function draft(page: Page, title: string) {
  await page.goto('/admin/posts/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('Some words.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 15_000 });
}

test('an author finds their drafts, trashes and restores them, and deletes one for good', async ({ page }) => {
  await signIn(page, accounts.author);
  const stamp = Date.now();
  await draft(page, `Heron notes ${stamp}`);
  await draft(page, `Kingfisher notes ${stamp}`);

  await page.goto('/admin/posts?status=draft');
  await expect(page.getByRole('link', { name: 'Drafts' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('searchbox', { name: 'Search by title' }).fill(`notes ${stamp}`);
  await page.getByRole('button', { name: 'Filter' }).click();
  const rows = page.getByRole('row').filter({ hasText: String(stamp) });
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Heron notes/ })).toContainText('Draft');

  await page.getByRole('checkbox', { name: `Select “Heron notes ${stamp}”` }).check();
  await page.getByRole('checkbox', { name: `Select “Kingfisher notes ${stamp}”` }).check();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('status')).toContainText('2 posts moved to the trash.');

  await page.goto(`/admin/posts?status=trashed&q=${stamp}`);
  await expect(page.getByRole('row').filter({ hasText: String(stamp) })).toHaveCount(2);
  await page.getByRole('checkbox', { name: `Select “Heron notes ${stamp}”` }).check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('1 post restored as a draft.');
  await page.getByRole('checkbox', { name: `Select “Kingfisher notes ${stamp}”` }).check();
  await page.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('status')).toContainText('1 deleted permanently.');

  await page.goto(`/admin/posts?q=${stamp}`);
  await expect(page.getByRole('row').filter({ hasText: String(stamp) })).toHaveCount(1);
  await expect(page.getByRole('link', { name: `Heron notes ${stamp}` })).toBeVisible();
});

test('an admin filters by author and sees comments and views columns', async ({ page }) => {
  await signIn(page, accounts.owner);
  await page.goto('/admin/posts');
  await page.getByLabel('Author').selectOption({ label: 'The Inkwell team' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/author=\d+/);
  const welcome = page.getByRole('row', { name: /Welcome to Inkwell/ });
  await expect(welcome).toContainText('Published');
  await expect(page.getByRole('columnheader', { name: 'Comments' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Alice Author' })).toHaveCount(0);
});
