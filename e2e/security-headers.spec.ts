import { expect, test, type APIResponse, type BrowserContext, type Page, type Response } from '@playwright/test';
import sharp from 'sharp';
import { accounts } from './support/accounts';
import { deleteAllPostsOf } from './support/posts';
import { startFreshServer } from './support/fresh-server';
import { newReader } from './support/readers';
import { signIn, signedInPage } from './support/session';

// Every response carries the security headers (lib/security/headers.ts), and the
// Content-Security-Policy lets everything a person does on the blog work.

type AnyResponse = Pick<Response | APIResponse, 'headers' | 'status'>;

function expectSecurityHeaders(response: AnyResponse | null, what: string) {
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "script-src 'self'",
    "script-src-attr 'none'",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  // Served over plain http here: no HSTS.
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

test('a reader page, an admin page, a feed, the view beacon, a 404 and a script file all carry the security headers', async ({
  page,
  request,
  browser,
}) => {
  const post = await request.get('/posts/welcome-to-inkwell');
  expect(post.status()).toBe(200);
  expectSecurityHeaders(post, 'reader page');

  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await post.text())?.[1];
  const scriptResponse = await request.get(script!);
  expect(scriptResponse.status()).toBe(200);
  expectSecurityHeaders(scriptResponse, 'static script');

  expectSecurityHeaders(await request.get('/feed.xml'), 'feed');
  const beacon = await request.post('/api/views', { data: { slug: 'no-such-post' } });
  expect(beacon.status()).toBe(404);
  expectSecurityHeaders(beacon, 'view beacon');

  for (const missing of ['/posts/no-such-post', '/no-such-page']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expectSecurityHeaders(response, missing);
  }

  const owner = await signedInPage(browser, accounts.owner);
  const admin = await owner.goto('/admin/settings');
  expect(admin?.status()).toBe(200);
  expectSecurityHeaders(admin, 'admin page');
  await owner.context().close();
  await page.close();
});

test('HSTS is sent only when a proxy says the request came over https', async ({ request }) => {
  const overHttps = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  const throughTwoProxies = await request.get('/posts/no-such-post', { headers: { 'x-forwarded-proto': 'https, http' } });
  expect(throughTwoProxies.headers()['strict-transport-security']).toBeDefined();
  expect(
    (await request.get('/', { headers: { 'x-forwarded-proto': 'http' } })).headers()['strict-transport-security'],
  ).toBeUndefined();
});

test('a client talking to the server directly cannot claim https: only a trusted proxy may', async ({ playwright }) => {
  // As Inkwell runs out of the box: no TRUSTED_PROXIES, so X-Forwarded-* from a client is its own invention.
  const server = await startFreshServer({ TRUSTED_PROXIES: '' });
  const request = await playwright.request.newContext({ baseURL: server.url });
  try {
    const claimed = await request.get('/', { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'blog.example' } });
    expect(claimed.status()).toBe(200);
    expect(claimed.headers()['strict-transport-security']).toBeUndefined();
  } finally {
    await request.dispose();
    await server.stop();
  }
});

/** Fails the test on any CSP violation in this context's pages: the DOM event and the console message. */
async function watchForCspViolations(context: BrowserContext) {
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return violations;
}

const author = accounts.author;

test.describe('under the Content-Security-Policy', () => {
  test.afterAll(async ({ browser }) => {
    await deleteAllPostsOf(browser, author);
  });

  test('an author writes and publishes with the editor; a reader toggles the theme, quotes a passage and comments; nothing is blocked', async ({
    browser,
  }) => {
    const writer = await browser.newContext();
    const writerViolations = await watchForCspViolations(writer);
    const page = await writer.newPage();
    await signIn(page, author);

    const title = `Written under the policy ${Date.now()}`;
    await page.goto('/admin/posts/new');
    await page.getByLabel('Title', { exact: true }).fill(title);
    const body = page.getByRole('textbox', { name: 'Post body' });
    await body.click();
    await page.keyboard.type('A first paragraph, worth quoting in a comment.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> A quoted line.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // An uploaded image: previewed from a blob: URL, sent to /api/media, shown from /media.
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#36a' } })
      .png()
      .toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Image', exact: true }).click();
    await (await chooser).setFiles({ name: 'policy.png', mimeType: 'image/png', buffer: png });
    const imageDialog = page.getByRole('dialog', { name: 'Insert image' });
    await imageDialog.getByLabel('Alt text').fill('A blue rectangle');
    await imageDialog.getByRole('button', { name: 'Insert image' }).click();
    await expect(imageDialog).toBeHidden({ timeout: 20_000 });
    await expect(body.getByRole('img', { name: 'A blue rectangle' })).toBeVisible();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByText('Published.')).toBeVisible();
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-$/, '');

    const reader = await newReader(browser);
    const readerViolations = await watchForCspViolations(reader.context);
    await reader.page.goto(`/posts/${slug}`);
    await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(reader.page.getByRole('img', { name: 'A blue rectangle' })).toBeVisible();

    // The theme toggle, and the inline script that applies the saved theme on the next visit.
    const toggle = reader.page.getByRole('button', { name: 'Dark mode' });
    await toggle.click();
    await expect(reader.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await reader.page.reload();
    await expect(reader.page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // The quote button, then the comment form.
    await reader.page.locator('#post-body p').first().selectText();
    await reader.page.getByRole('button', { name: 'Quote', exact: true }).click();
    const form = reader.page.getByRole('form', { name: 'Leave a comment' });
    await expect(form.getByLabel('Comment')).toHaveValue(/^> A first paragraph/);
    await form.getByLabel('Name').fill('Polly Policy');
    await form.getByRole('textbox', { name: /^Email/ }).fill('polly@example.com');
    await form.getByLabel('Comment').press('End');
    await form.getByLabel('Comment').pressSequentially('Agreed.');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('status')).toContainText('Your comment is awaiting moderation');

    expect(writerViolations).toEqual([]);
    expect(readerViolations).toEqual([]);
    await reader.context.close();
    await writer.close();
  });
});
