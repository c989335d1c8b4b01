import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import { newReader } from './support/readers';
import { signIn, submit } from './support/session';

const LOCKED = 'Too many attempts, try again in 15 minutes.';
const INVALID = 'Invalid email or password.';

async function attempt(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Sign in');
  // The answer is in once React has re-rendered the form, which empties the password field. Until
  // then the previous attempt's message is still on screen, and typing into the form is undone.
  await expect(page.getByLabel('Password')).toHaveValue('');
  return page.getByRole('main').getByRole('alert');
}

test('after 5 failed attempts an account is locked, even for the right password', async ({ page }) => {
  const { lockout } = accounts;
  await page.goto('/login');
  for (let i = 1; i <= 5; i++) {
    await expect(await attempt(page, lockout.email, `wrong passphrase ${i}`)).toHaveText(INVALID);
  }
  await expect(await attempt(page, lockout.email, lockout.password)).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login/);
});

test.describe('one address, with no trusted proxy (the default)', () => {
  // Twenty failures from 127.0.0.1 would lock every other test out: this one gets its own server,
  // started without TRUSTED_PROXIES, as Inkwell runs out of the box.
  let server: FreshServer;
  test.beforeAll(async () => {
    server = await startFreshServer({ TRUSTED_PROXIES: '' });
  });
  test.afterAll(() => server?.stop());

  test('is refused after 20 failed attempts, whichever accounts they named and whatever address they claimed', async ({
    page,
  }) => {
    await page.goto(`${server.url}/login`);
    for (let i = 1; i <= 20; i++) {
      // A new forged address every time: it must count for nothing.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` });
      await expect(await attempt(page, `guess${i}@e2e.test`, 'a guessed passphrase')).toHaveText(INVALID);
    }
    // An email never tried before: the refusal comes from the address, not the account.
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.250' });
    await expect(await attempt(page, 'fresh@e2e.test', 'a guessed passphrase')).toHaveText(LOCKED);
  });
});

test('behind a trusted proxy, each forwarded address has a limit of its own', async ({ browser }) => {
  // The suite's server trusts loopback as its reverse proxy (TRUSTED_PROXIES in e2e/support/server.ts):
  // each reader's X-Forwarded-For stands for the address that proxy saw.
  const guesser = await newReader(browser);
  const neighbour = await newReader(browser);
  await guesser.page.goto('/login');
  for (let i = 1; i <= 20; i++) {
    await expect(await attempt(guesser.page, `proxied${i}@e2e.test`, 'a guessed passphrase')).toHaveText(INVALID);
  }
  await expect(await attempt(guesser.page, 'proxied-fresh@e2e.test', 'a guessed passphrase')).toHaveText(LOCKED);

  // Behind the same proxy, another reader's address is not locked.
  await neighbour.page.goto('/login');
  await expect(await attempt(neighbour.page, 'proxied-fresh@e2e.test', 'a guessed passphrase')).toHaveText(INVALID);
  await guesser.context.close();
  await neighbour.context.close();
});

test.describe('the owner’s browser', () => {
  // The owner's account gets locked on purpose: a server of its own, with its own owner.
  let server: FreshServer;
  test.beforeAll(async () => {
    server = await startFreshServer({}, [accounts.owner]);
  });
  test.afterAll(() => server?.stop());

  test('is not locked out by someone else’s failed sign-ins; every other browser is', async ({ browser }) => {
    const { owner } = accounts;
    const ownersBrowser = await browser.newContext({ baseURL: server.url });
    const firstVisit = await ownersBrowser.newPage();
    await signIn(firstVisit, owner);
    const device = (await ownersBrowser.cookies()).find((cookie) => cookie.name === 'inkwell-device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
    expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 60 * 60 * 1000);
    // The owner closes the tab, and later the session ends (it expired, or they signed out); the
    // browser keeps its device cookie. (Closed first: the back office's prefetches in flight
    // would otherwise bring the session cookie back.)
    await firstVisit.close();
    await ownersBrowser.clearCookies({ name: /session-token/ });

    const attacker = await browser.newContext({ baseURL: server.url });
    const attackerPage = await attacker.newPage();
    await attackerPage.goto('/login');
    for (let i = 1; i <= 10; i++) {
      await expect(await attempt(attackerPage, owner.email, `guess number ${i}`)).toHaveText(i <= 5 ? INVALID : LOCKED);
    }

    // The owner, in the browser they signed in with before, is let in at once.
    const ownerPage = await ownersBrowser.newPage();
    await ownerPage.goto('/login');
    await ownerPage.getByLabel('Email').fill(owner.email);
    await ownerPage.getByLabel('Password').fill(owner.password);
    await ownerPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(ownerPage).toHaveURL(/\/admin/);

    // A browser that never signed in is still refused, right password or not, for the whole lock.
    const stranger = await browser.newContext({ baseURL: server.url });
    const strangerPage = await stranger.newPage();
    await strangerPage.goto('/login');
    await expect(await attempt(strangerPage, owner.email, owner.password)).toHaveText(LOCKED);

    for (const context of [ownersBrowser, attacker, stranger]) await context.close();
  });
});

test('next-auth’s own sign-in endpoint gives the device cookie too, Secure and __Host- over https', async ({
  playwright,
  baseURL,
}) => {
  const { author } = accounts;
  const https = { 'x-forwarded-proto': 'https' };
  const api = await playwright.request.newContext({ baseURL });
  const csrf = await api.get('/api/auth/csrf', { headers: https });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf
    .headersArray()
    .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('__Host-authjs.csrf-token='))!;

  const signedIn = await api.post('/api/auth/callback/credentials', {
    headers: { ...https, cookie: csrfCookie.value.split(';')[0] },
    form: { email: author.email, password: author.password, csrfToken, callbackUrl: '/admin' },
    maxRedirects: 0,
  });
  const device = signedIn
    .headersArray()
    .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('__Host-inkwell-device='));
  expect(device?.value).toMatch(/;\s*Secure/i);
  expect(device?.value).toMatch(/;\s*HttpOnly/i);
  expect(device?.value).toMatch(/;\s*SameSite=Lax/i);
  expect(device?.value).toMatch(/;\s*Path=\//i);
  await api.dispose();
});
