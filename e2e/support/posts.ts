import { expect, type Browser, type Page } from '@playwright/test';
import type { Account } from './accounts';
import { signIn, submit } from './session';

/**
 * Deletes posts through the posts list (trash, then delete permanently), so specs that publish
 * posts leave the blog as they found it for the reader specs that count posts. `titled` narrows it
 * to posts whose title contains that text: an admin's list holds every post on the blog, so an
 * admin's cleanup must always name what it made.
 */
export async function deleteAllPostsOf(browser: Browser, account: Account, titled?: string) {
  if (account.role === 'admin' && !titled) throw new Error('An admin sees every post: say which to delete (titled).');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  const search = titled ? `q=${encodeURIComponent(titled)}` : '';
  for (const [view, button] of [
    [`/admin/posts?${search}`, 'Move to trash'],
    [`/admin/posts?status=trashed&${search}`, 'Delete permanently'],
  ] as const) {
    await page.goto(view);
    const boxes = page.getByRole('checkbox', { name: /^Select / });
    if ((await boxes.count()) === 0) continue;
    for (const box of await boxes.all()) await box.check();
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('status').filter({ hasText: /moved to the trash|deleted permanently/ })).toBeVisible({
      timeout: 15_000,
    });
  }
  await context.close();
}

/** Deletes the page of exactly this title through the pages list (trash, then delete permanently), as `page`'s signed-in admin. */
export async function deletePageTitled(page: Page, title: string) {
  await page.goto('/admin/pages');
  await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
  await submit(page, 'Move to trash');
  await page.goto('/admin/pages?status=trashed');
  await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
  await submit(page, 'Delete permanently');
  await expect(page.getByText('1 deleted permanently.')).toBeVisible();
}
