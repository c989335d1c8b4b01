import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { createAccount, openAccount, temporaryPasswordIn } from './support/admin';
import { chooseOwnPassword, newAccountPage, OWN_PASSWORD, signIn, signedInPage, submit } from './support/session';

const { owner } = accounts;

test.beforeEach(async ({ page }) => {
  await signIn(page, owner);
});

test('an admin creates an author, who signs in with the temporary password and must choose their own first', async ({
  page,
  browser,
}) => {
  const temporary = await createAccount(page, { name: 'Nico New', email: 'nico@e2e.test' });
  await expect(page.getByRole('row', { name: /Nico New/ })).toContainText('Author');

  const nico = await signedInPage(browser, { email: 'nico@e2e.test', password: temporary });
  await expect(nico).toHaveURL('/change-password');
  await expect(nico.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();

  // Until then, no other back-office page opens for them.
  for (const path of ['/admin', '/admin/posts/new', '/admin/profile']) {
    await nico.goto(path);
    await expect(nico).toHaveURL('/change-password');
  }

  // The new password meets the same rule as everywhere, with the reason next to the field.
  await nico.getByLabel('Current password').fill(temporary);
  await nico.getByLabel('New password').fill('qwertyuiop123');
  await submit(nico, 'Save new password');
  await expect(nico.getByLabel('New password')).toHaveAccessibleDescription(/too common/);

  await chooseOwnPassword(nico, temporary, OWN_PASSWORD);
  await expect(nico.getByText('Nico New · Author')).toBeVisible();
  await nico.goto('/admin/posts/new');
  await expect(nico).toHaveURL('/admin/posts/new');

  // The temporary password is gone; theirs works.
  await nico.context().clearCookies();
  await signIn(nico, { email: 'nico@e2e.test', password: OWN_PASSWORD });
  await expect(nico).toHaveURL('/admin');
  await nico.context().close();
});

test('an email already in use is refused next to the field, and the form keeps what was typed', async ({ page }) => {
  await page.goto('/admin/users');
  await page.getByLabel('Name').fill('Second Olive');
  await page.getByLabel('Email').fill(owner.email.toUpperCase());
  await submit(page, 'Create account');
  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('An account with this email already exists.');
  await expect(page.getByLabel('Name')).toHaveValue('Second Olive');
});

test('an admin changes a role, and the person’s access follows on their next request', async ({ page, browser }) => {
  const temporary = await createAccount(page, { name: 'Rita Role', email: 'rita@e2e.test' });
  const rita = await newAccountPage(browser, 'rita@e2e.test', temporary);

  await openAccount(page, 'Rita Role');
  const role = page.getByRole('region', { name: 'Role' });
  await role.getByRole('combobox', { name: 'Role' }).selectOption('admin');
  await role.getByRole('button', { name: 'Change role' }).click();
  await expect(role.getByRole('status')).toContainText('Role changed to admin.');

  await rita.goto('/admin/users');
  await expect(rita.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  await role.getByRole('combobox', { name: 'Role' }).selectOption('author');
  await role.getByRole('button', { name: 'Change role' }).click();
  await expect(role.getByRole('status')).toContainText('Role changed to author.');
  await rita.goto('/admin/users');
  await expect(rita.getByRole('heading', { level: 1, name: /have access to this page/ })).toBeVisible();
  await rita.context().close();
});

test('resetting a password ends the person’s sessions and issues a new temporary password, to be replaced at sign-in', async ({
  page,
  browser,
}) => {
  const first = await createAccount(page, { name: 'Ravi Reset', email: 'ravi@e2e.test' });
  const ravi = await newAccountPage(browser, 'ravi@e2e.test', first);

  await openAccount(page, 'Ravi Reset');
  await page.getByRole('button', { name: 'Reset password' }).click();
  const status = page.getByRole('region', { name: 'Password' }).getByRole('status');
  await expect(status).toContainText('Password reset for Ravi Reset');
  const second = await temporaryPasswordIn(status.locator('code'));
  expect(second).not.toBe(first);

  await ravi.goto('/admin');
  await expect(ravi).toHaveURL(/\/login/);
  await ravi.getByLabel('Email').fill('ravi@e2e.test');
  await ravi.getByLabel('Password').fill(second);
  await ravi.getByRole('button', { name: 'Sign in' }).click();
  await chooseOwnPassword(ravi, second, 'ravi’s second own passphrase');
  await ravi.context().close();
});

test('the last admin can be neither demoted nor disabled', async ({ page }) => {
  await openAccount(page, owner.name);
  const role = page.getByRole('region', { name: 'Role' });
  await role.getByRole('combobox', { name: 'Role' }).selectOption('author');
  await submit(page, 'Change role');
  await expect(role.getByRole('alert')).toHaveText('Inkwell needs at least one active admin. Make someone else an admin first.');

  const access = page.getByRole('region', { name: 'Access' });
  await submit(page, 'Disable account');
  await expect(access.getByRole('alert')).toHaveText(
    'Inkwell needs at least one active admin. Make someone else an admin first.',
  );

  await page.goto('/admin/users');
  await expect(page.getByRole('row', { name: new RegExp(owner.name) })).toContainText('Admin');
  await expect(page.getByRole('row', { name: new RegExp(owner.name) })).toContainText('Active');
});
