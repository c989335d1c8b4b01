import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { captureServerAction, openAccount, replayServerAction } from './support/admin';
import { signIn, signedInPage } from './support/session';

const { owner, author } = accounts;

test.describe('an author', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, author);
  });

  for (const path of ['/admin/users', '/admin/comments', '/admin/settings']) {
    test(`cannot open ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: /have access to this page/ })).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }

  test('sees only the pages of their role in the navigation', async ({ page }) => {
    await page.goto('/admin');
    const nav = page.getByRole('navigation', { name: 'Back office' });
    await expect(nav.getByRole('link')).toHaveText(['Dashboard', 'Posts', 'Profile']);
  });

  test('sees only their own posts to edit', async ({ page }) => {
    await page.goto('/admin/posts');
    await expect(page.getByText('Your posts.')).toBeVisible();
    await expect(page.getByText('No posts yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Welcome to Inkwell' })).toHaveCount(0);
  });
});

test('an admin sees every post and every page of the back office', async ({ page }) => {
  await signIn(page, owner);
  await page.goto('/admin/posts');
  await expect(page.getByRole('link', { name: 'Welcome to Inkwell' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Welcome to Inkwell/ })).toContainText('The Inkwell team');
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await expect(nav.getByRole('link')).toHaveText([
    'Dashboard',
    'Posts',
    'Pages',
    /^Comments/,
    'Users',
    'Subscribers',
    'Outbox',
    'Settings',
    'Import and export',
    'Profile',
  ]);
});

test.describe('calling an admin-only server action directly', () => {
  test('saving settings is refused for an author, though the same request works for an admin', async ({ page, browser }) => {
    await signIn(page, owner);
    await page.goto('/admin/settings');
    await page.getByLabel('Blog title').fill('Taken over');
    const saveSettings = await captureServerAction(page, () => page.getByRole('button', { name: 'Save settings' }).click());

    const authorPage = await signedInPage(browser, author);
    const refused = await replayServerAction(authorPage.request, saveSettings);
    expect(refused.body).toContain('You do not have permission to do that.');
    await authorPage.goto('/');
    await expect(authorPage.getByRole('banner')).toContainText('Inkwell');
    await expect(authorPage.getByRole('banner')).not.toContainText('Taken over');

    // The same request from the admin's session goes through: the refusal above was the role check.
    try {
      const accepted = await replayServerAction(page.request, saveSettings);
      expect(accepted.body).toContain('Settings saved.');
      await page.goto('/');
      await expect(page.getByRole('banner')).toContainText('Taken over');
    } finally {
      await page.goto('/admin/settings');
      await page.getByLabel('Blog title').fill('Inkwell');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status')).toContainText('Settings saved.');
    }
    await authorPage.context().close();
  });

  test('changing a role is refused for an author trying to make themselves admin', async ({ page, browser }) => {
    await signIn(page, owner);
    await openAccount(page, author.name);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    const changeRole = await captureServerAction(page, () => page.getByRole('button', { name: 'Change role' }).click());

    const authorPage = await signedInPage(browser, author);
    const refused = await replayServerAction(authorPage.request, changeRole);
    expect(refused.body).toContain('You do not have permission to do that.');

    await page.goto('/admin/users');
    await expect(page.getByRole('row', { name: new RegExp(author.name) })).toContainText('Author');
    await authorPage.goto('/admin/users');
    await expect(authorPage.getByRole('heading', { level: 1, name: /have access to this page/ })).toBeVisible();
    await authorPage.context().close();
  });

  test('a signed-out request is sent to sign in and changes nothing', async ({ page, playwright, baseURL }) => {
    await signIn(page, owner);
    await page.goto('/admin/settings');
    await page.getByLabel('Blog title').fill('Taken over anonymously');
    const saveSettings = await captureServerAction(page, () => page.getByRole('button', { name: 'Save settings' }).click());

    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await replayServerAction(anonymous, saveSettings);
    expect(response.status).toBe(307);
    expect(response.location).toMatch(/\/login/);
    await anonymous.dispose();

    await page.goto('/');
    await expect(page.getByRole('banner')).not.toContainText('Taken over anonymously');
  });
});
