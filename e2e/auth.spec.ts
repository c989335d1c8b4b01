import { expect, test, type APIResponse } from '@playwright/test';
import { accounts } from './support/accounts';
import { createAccount, openAccount } from './support/admin';
import { newAccountPage, OWN_PASSWORD, signIn, submit } from './support/session';

const { owner } = accounts;

const ADMIN_PAGES = ['/admin', '/admin/posts', '/admin/comments', '/admin/users', '/admin/settings', '/admin/profile'];

test.describe('a signed-out visitor', () => {
  for (const path of ADMIN_PAGES) {
    test(`going to ${path} signs in first, then lands there`, async ({ page }) => {
      const response = await page.goto(path);
      // A real redirect, answered before the page renders.
      expect(response?.request().redirectedFrom()?.url()).toMatch(new RegExp(`${path}$`));
      await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(path)}`);

      await page.getByLabel('Email').fill(owner.email);
      await page.getByLabel('Password').fill(owner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    });
  }
});

test('a wrong password and an unknown email get the same message, and the email is kept', async ({ page }) => {
  // The form's alert; Next's route announcer is an alert too, outside <main>.
  const message = page.getByRole('main').getByRole('alert');
  await page.goto('/login');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill('not the right passphrase');
  await submit(page, 'Sign in');
  await expect(message).toHaveText('Invalid email or password.');
  await expect(page.getByLabel('Email')).toHaveValue(owner.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('Email').fill('nobody@e2e.test');
  await page.getByLabel('Password').fill('not the right passphrase');
  await submit(page, 'Sign in');
  await expect(message).toHaveText('Invalid email or password.');
});

test('signing in works without JavaScript, and keeps where the visitor was going', async ({ browser }) => {
  // The form posts to /login (its permalink, lib/forms/use-form-action.ts); the return address
  // travels in a hidden field. (A failed sign-in without JavaScript shows no message yet.)
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/login?callbackUrl=%2Fadmin%2Fprofile');
  await expect(page.locator('form')).toHaveAttribute('action', '/login');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/admin/profile');
  await context.close();
});

test('after signing in, a callback URL to another site is ignored', async ({ page }) => {
  for (const evil of ['https://evil.example/', '//evil.example/admin']) {
    await page.context().clearCookies();
    await signIn(page, owner, `/login?callbackUrl=${encodeURIComponent(evil)}`);
    await expect(page).toHaveURL('/admin');
  }
});

test('a signed-in visitor to /login goes straight to where they were going', async ({ page }) => {
  await signIn(page, owner);
  await page.goto('/login?callbackUrl=%2Fadmin%2Fprofile');
  await expect(page).toHaveURL('/admin/profile');
});

function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
}

test('the session cookie is HttpOnly and SameSite=Lax, and Secure when served over https', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, owner);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

  // Behind a TLS-terminating proxy (X-Forwarded-Proto: https), through next-auth's own endpoint.
  const https = { 'x-forwarded-proto': 'https' };
  const api = await playwright.request.newContext({ baseURL });
  const csrf = await api.get('/api/auth/csrf', { headers: https });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = setCookies(csrf).find((c) => c.startsWith('__Host-authjs.csrf-token='))!;
  expect(csrfCookie).toMatch(/;\s*Secure/i);

  const signedIn = await api.post('/api/auth/callback/credentials', {
    headers: { ...https, cookie: csrfCookie.split(';')[0] },
    form: { email: owner.email, password: owner.password, csrfToken, callbackUrl: '/admin' },
    maxRedirects: 0,
  });
  const session = setCookies(signedIn).find((c) => c.startsWith('__Secure-authjs.session-token='));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await api.dispose();
});

test('signing out ends access to the back office', async ({ page }) => {
  await signIn(page, owner);
  await page.goto('/admin/settings');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/login');

  await page.goto('/admin/settings');
  await expect(page).toHaveURL('/login?callbackUrl=%2Fadmin%2Fsettings');
});

test('signing out holds twenty times in a row: each time, the browser’s cookies no longer open an admin page', async ({
  page,
}) => {
  // Twenty whole sign-in/sign-out journeys: the budget is for their number, not for waiting.
  test.setTimeout(20 * 8_000);
  for (let round = 1; round <= 20; round++) {
    await signIn(page, owner);
    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/login');

    // Straight to the server with whatever cookies the browser now holds, prefetches included.
    const direct = await page.request.get('/admin/settings', { maxRedirects: 0 });
    expect(direct.status(), `round ${round}`).toBe(307);
    expect(direct.headers().location, `round ${round}`).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fsettings$/);
  }
});

test('a session token copied before signing out is refused after it, in any browser', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  await signIn(page, owner);
  const copied = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token')!;
  expect(copied).toBeDefined();
  await page.goto('/admin/settings');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/login');

  // Another browser holding the copy is sent to sign in…
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies([copied]);
  const thief = await elsewhere.newPage();
  await thief.goto('/admin/settings');
  await expect(thief).toHaveURL('/login?callbackUrl=%2Fadmin%2Fsettings');
  await expect(thief.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await elsewhere.close();

  // …and so is a bare request; next-auth's own session endpoint clears the cookie instead of renewing it.
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${copied.name}=${copied.value}` } });
  const direct = await api.get('/admin/settings', { maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  const session = await api.get('/api/auth/session');
  expect(await session.json()).toBeNull();
  expect(setCookies(session).find((c) => c.startsWith('authjs.session-token='))).toMatch(/^authjs\.session-token=;/);
  await api.dispose();
});

test('answering an admin page or its prefetch never re-issues the session cookie', async ({ page }) => {
  await signIn(page, owner);
  const prefetch: Record<string, string> = { rsc: '1', 'next-router-prefetch': '1' };
  for (const headers of [{}, prefetch]) {
    // Next answers a bare RSC request with a redirect to its cache-busting `_rsc` URL: follow it by hand.
    let url = '/admin/settings';
    for (let hop = 0; hop < 3; hop++) {
      const response = await page.request.get(url, { headers, maxRedirects: 0 });
      expect(setCookies(response).filter((c) => c.includes('session-token'))).toEqual([]);
      if (response.status() !== 307) {
        expect(response.status()).toBe(200);
        break;
      }
      url = response.headers().location!;
      expect(url).not.toMatch(/\/login/);
    }
  }
});

test('a disabled account is signed out on its next request and cannot sign in again', async ({ browser, page }) => {
  await signIn(page, owner);
  const dana = { name: 'Dana Disabled', email: 'dana@e2e.test' };
  const temporary = await createAccount(page, dana);

  const danaPage = await newAccountPage(browser, dana.email, temporary);
  const password = OWN_PASSWORD;
  await danaPage.goto('/admin/profile');
  await expect(danaPage.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

  await openAccount(page, dana.name);
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('region', { name: 'Access' }).getByRole('status')).toContainText('Account disabled');

  // Her session token is still valid (the proxy lets it through); the page itself checks the account.
  await danaPage.goto('/admin/profile');
  await expect(danaPage).toHaveURL(/\/login\?callbackUrl=/);
  await expect(danaPage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await danaPage.getByLabel('Email').fill(dana.email);
  await danaPage.getByLabel('Password').fill(password);
  await danaPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(danaPage.getByRole('alert').filter({ hasText: 'Invalid email or password.' })).toBeVisible();
  await danaPage.context().close();
});
