import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import { submit } from './support/session';

async function attempt(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Sign in');
  return page.getByRole('main').getByRole('alert');
}

test('after 5 failed attempts an account is locked, even for the right password', async ({ page }) => {
  const { lockout } = accounts;
  await page.goto('/login');
  for (let i = 1; i <= 5; i++) {
    await expect(await attempt(page, lockout.email, `wrong passphrase ${i}`)).toHaveText('Invalid email or password.');
  }
  await expect(await attempt(page, lockout.email, lockout.password)).toHaveText('Too many attempts, try again in 15 minutes.');
  await expect(page).toHaveURL(/\/login/);
});

test.describe('one address', () => {
  // Twenty failures from 127.0.0.1 would lock every other test out: this one gets its own server.
  let server: FreshServer;
  test.beforeAll(async () => {
    server = await startFreshServer();
  });
  test.afterAll(() => server?.stop());

  test('is refused after 20 failed attempts, whichever accounts they named', async ({ page }) => {
    await page.goto(`${server.url}/login`);
    for (let i = 1; i <= 20; i++) {
      await expect(await attempt(page, `guess${i}@e2e.test`, 'a guessed passphrase')).toHaveText('Invalid email or password.');
    }
    // An email never tried before: the refusal comes from the address, not the account.
    await expect(await attempt(page, 'fresh@e2e.test', 'a guessed passphrase')).toHaveText('Too many attempts, try again in 15 minutes.');
  });
});
