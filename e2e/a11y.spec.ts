import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { accounts, type Account } from './support/accounts';
import { analyzePage, axeEngineVersion, seriousViolations } from './support/axe';
import { signIn } from './support/session';

const readerPages = [
  { name: 'home', path: '/' },
  { name: 'second page of posts', path: '/page/2' },
  { name: 'post with a quote', path: '/posts/the-art-of-the-quoted-passage' },
  { name: 'post with comments and a reply', path: '/posts/comments-that-add-something' },
  { name: 'post with a list', path: '/posts/welcome-to-inkwell' },
  { name: '404', path: '/posts/no-such-post' },
  { name: 'search with results', path: '/search?q=quote' },
  { name: 'search without a query', path: '/search' },
  { name: 'search without results', path: '/search?q=zzzzqqq' },
  { name: 'label', path: '/labels/quotes' },
  { name: 'archive', path: '/archive' },
  { name: 'archive year', path: '/archive/2021' },
  { name: 'archive month', path: '/archive/2021/03' },
  { name: 'standalone page', path: '/about' },
  { name: 'sign-in', path: '/login' },
];

// The back office, as the person who would see each page. (First-run setup is checked in setup.spec.ts.)
const backOfficePages: { name: string; path: string; as: keyof typeof accounts }[] = [
  { name: 'dashboard', path: '/admin', as: 'owner' },
  { name: 'posts', path: '/admin/posts', as: 'owner' },
  { name: 'trash', path: '/admin/posts?status=trashed', as: 'owner' },
  { name: 'new post (editor)', path: '/admin/posts/new', as: 'author' },
  { name: 'comments', path: '/admin/comments', as: 'owner' },
  { name: 'users', path: '/admin/users', as: 'owner' },
  { name: 'settings', path: '/admin/settings', as: 'owner' },
  { name: 'profile', path: '/admin/profile', as: 'owner' },
  { name: 'no-access page', path: '/admin/settings', as: 'author' },
];

// Sign in once per account; each test starts from the saved cookies.
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-a11y-'));
const statePath = (who: string) => path.join(stateDir, `${who}.json`);

test.beforeAll(async ({ browser }) => {
  for (const [who, account] of Object.entries(accounts) as [string, Account][]) {
    if (who === 'lockout') continue;
    const context = await browser.newContext();
    await signIn(await context.newPage(), account);
    await context.storageState({ path: statePath(who) });
    await context.close();
  }
});
test.afterAll(() => fs.rmSync(stateDir, { recursive: true, force: true }));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const { name, path: pagePath } of readerPages) {
      test(`${name} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(pagePath);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
    for (const { name, path: pagePath, as } of backOfficePages) {
      test(`back office ${name} has no serious or critical axe violations`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme, storageState: statePath(as) });
        const page = await context.newPage();
        await page.goto(pagePath);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }
  });
}

test('axe runs the engine we pin (axe-core 4.14), with WCAG 2.2 and experimental rules', async ({ page }) => {
  await page.goto('/');
  const { testEngine, toolOptions } = await analyzePage(page);
  console.log(`axe-core ${testEngine.version}`);
  expect(axeEngineVersion).toMatch(/^4\.14\./);
  expect(testEngine.version).toBe(axeEngineVersion);
  expect(toolOptions.runOnly).toMatchObject({ values: expect.arrayContaining(['wcag22aa', 'experimental']) });
});

test('an open reply form has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/posts/comments-that-add-something');
  await page
    .getByRole('button', { name: /^Reply to / })
    .first()
    .click();
  await expect(page.getByRole('form', { name: /^Reply to / })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a comment’s permalink is named by the time it shows, for voice control (WCAG 2.5.3)', async ({ page }) => {
  await page.goto('/posts/comments-that-add-something');
  const permalink = page
    .getByRole('article', { name: /^Comment by / })
    .first()
    .getByRole('link', { name: /link to this comment$/ });
  // The time shows the date in the cached HTML and "last week" once the page's script has run, so
  // the visible text and the name are read together, until they are read from the same moment.
  await expect(async () => {
    const shown = (await permalink.locator('time').innerText()).trim();
    expect(shown).toMatch(/\S/); // "3 days ago", "last week"…
    // The visible text first, so saying it selects the link (Chromium puts a space before the hidden part's comma).
    const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(permalink).toHaveAccessibleName(new RegExp(`^${escaped}\\s*, link to this comment$`), { timeout: 500 });
  }).toPass();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('signing in works with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Inkwell' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(accounts.owner.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(accounts.owner.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/admin');
});
