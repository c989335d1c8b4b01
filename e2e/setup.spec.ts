import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { printedSetupUrl, startFreshServer, type FreshServer } from './support/fresh-server';
import { submit } from './support/session';

// First-run setup needs a blog without an admin: a server of its own, on a new database.
test.describe.configure({ mode: 'serial' });

let server: FreshServer;
let setupLink: string;
let origin: string;
let earlierLink: string;

test.beforeAll(async () => {
  server = await startFreshServer();
  setupLink = printedSetupUrl(server);
  origin = new URL(setupLink).origin;
});
test.afterAll(() => server?.stop());

test('the server prints a one-time setup link at start', () => {
  expect(setupLink).toMatch(/^http:\/\/localhost:\d+\/setup\?token=[\w-]{40,}$/);
});

test('each start prints a new link, valid for 24 hours', async () => {
  earlierLink = setupLink;
  await server.restart();
  setupLink = printedSetupUrl(server);
  expect(setupLink).not.toBe(earlierLink);
  expect(server.output()).toContain('The link works once and expires in 24 hours');
});

test('without the right token, /setup refuses', async ({ page }) => {
  for (const path of [
    '/setup',
    '/setup?token=guessed-token',
    `/setup?token=${new URL(setupLink).searchParams.get('token')!.slice(1)}`,
  ]) {
    await page.goto(`${origin}${path}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This setup link is not valid' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create owner account' })).toHaveCount(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the setup form has no serious axe violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(setupLink);
    await expect(page.getByRole('button', { name: 'Create owner account' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('with the token, the owner account is created and signed in, and /setup is gone', async ({ page }) => {
  await page.goto(setupLink);
  await page.getByLabel('Name').fill('Oona Owner');
  await page.getByLabel('Email').fill('oona@e2e.test');
  // Long enough for the browser's check, refused by the server: it is in a breached-password list.
  await page.getByLabel('Password').fill('qwertyuiop123');
  await submit(page, 'Create owner account');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/too common/);
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name')).toHaveValue('Oona Owner');

  await page.getByLabel('Password').fill('the owner’s long passphrase');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await expect(page).toHaveURL(`${origin}/admin`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Oona Owner · Admin')).toBeVisible();

  // The address the owner used becomes the blog's site URL, for links in static pages and feeds.
  await page.goto(`${origin}/admin/settings`);
  await expect(page.getByLabel('Site URL')).toHaveValue(origin);

  // The link worked once; the one printed at the earlier start died with it.
  for (const link of [setupLink, earlierLink]) {
    const gone = await page.goto(link);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('once an admin exists, a restarted server prints no setup link', async () => {
  await server.restart();
  expect(server.output()).toContain('Ready');
  expect(server.output()).not.toContain('to create the owner account');
});
