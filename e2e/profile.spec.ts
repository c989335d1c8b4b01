import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { createAccount } from './support/admin';
import { newAccountPage, OWN_PASSWORD, signIn, signedInPage, submit } from './support/session';

test('a person edits their name and bio', async ({ page, browser }) => {
  await signIn(page, accounts.owner);
  const temporary = await createAccount(page, { name: 'Pat Profile', email: 'pat@e2e.test' });
  const pat = await newAccountPage(browser, 'pat@e2e.test', temporary);

  await pat.goto('/admin/profile');
  await pat.getByLabel('Name').fill('Pat Prose');
  await pat.getByLabel('Bio').fill('Writes about quotations.');
  await pat.getByRole('button', { name: 'Save profile' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  await expect(pat.getByText('Pat Prose · Author')).toBeVisible();

  await pat.reload();
  await expect(pat.getByLabel('Bio')).toHaveValue('Writes about quotations.');
  await pat.context().close();
});

test('changing a password needs the current one, keeps this session and ends the others', async ({ page, browser }) => {
  await signIn(page, accounts.owner);
  const temporary = await createAccount(page, { name: 'Cy Change', email: 'cy@e2e.test' });
  const cy = await newAccountPage(browser, 'cy@e2e.test', temporary);
  const cyElsewhere = await signedInPage(browser, { email: 'cy@e2e.test', password: OWN_PASSWORD });

  await cy.goto('/admin/profile');
  const form = cy.getByRole('region', { name: 'Change password' });
  await form.getByLabel('Current password').fill('not my password at all');
  await form.getByLabel('New password').fill('my own long passphrase');
  await submit(cy, 'Change password');
  await expect(form.getByLabel('Current password')).toHaveAccessibleDescription('That is not your current password.');

  await form.getByLabel('Current password').fill(OWN_PASSWORD);
  await form.getByLabel('New password').fill('qwertyuiop123');
  await submit(cy, 'Change password');
  await expect(form.getByLabel('New password')).toHaveAccessibleDescription(/too common/);

  await form.getByLabel('Current password').fill(OWN_PASSWORD);
  await form.getByLabel('New password').fill('my own long passphrase');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status').filter({ hasText: /\S/ })).toContainText('Password changed.');

  // This session goes on; the one on the other device has ended.
  await cy.goto('/admin/profile');
  await expect(cy.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await cyElsewhere.goto('/admin/profile');
  await expect(cyElsewhere).toHaveURL(/\/login/);
  await signIn(cyElsewhere, { email: 'cy@e2e.test', password: 'my own long passphrase' });

  await cy.context().close();
  await cyElsewhere.context().close();
});
