import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { accounts } from './support/accounts';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import fs from 'node:fs';
import path from 'node:path';
import {
  http2Request,
  nginxBinary,
  opensslAvailable,
  requestFrom,
  startNginx,
  startProductionSite,
  type RunningNginx,
} from './support/nginx';
import { signIn } from './support/session';

// The production recipe (deploy/nginx): Debian's nginx with the shared rules, started by
// deploy/nginx/try.sh in front of an Inkwell of its own, paired as docs/deploy.md says
// (TRUSTED_PROXIES=127.0.0.1). Every request below goes through nginx.

const nginx = nginxBinary();
// .ci/run installs nginx, so CI never skips this; a developer without it is told why.
if (!nginx && process.env.CI) throw new Error('nginx is not installed: .ci/run installs it with apt-get install nginx');
const NO_NGINX = 'nginx is not installed (Debian: apt-get install nginx): the nginx recipe in deploy/ is not tested here';
// The list reporter does not print skip reasons: say it once where the run is read.
if (!nginx) console.warn(`e2e/deploy-nginx.spec.ts skipped: ${NO_NGINX}`);
test.skip(!nginx, NO_NGINX);

const POST = { slug: 'comments-that-add-something', title: 'Comments that add something' };
const unique = (what: string) => `${what} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const cacheStatus = (response: { headers(): Record<string, string> }) => response.headers()['x-cache-status'];

let server: FreshServer;
let proxy: RunningNginx;
let anonymous: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  server = await startFreshServer(
    {
      TRUSTED_PROXIES: '127.0.0.1',
      LISTEN_ADDRESS: '127.0.0.1',
      // The address test reads the sign-in log lines; a small per-address limit keeps it short.
      LOG_LEVEL: 'info',
      SIGNIN_MAX_FAILURES_PER_IP: '3',
    },
    [accounts.owner],
  );
  proxy = await startNginx(server.url);
  anonymous = await playwright.request.newContext({ baseURL: proxy.url });
});

test.afterAll(async () => {
  await anonymous?.dispose();
  await proxy?.stop();
  server?.stop();
});

async function adminThroughNginx(browser: Browser) {
  const context = await browser.newContext({ baseURL: proxy.url });
  const page = await context.newPage();
  await signIn(page, accounts.owner);
  return { context, page };
}

test('a reader page is served from nginx’s cache on a repeat visit, compressed; build files are immutable', async ({ page }) => {
  const url = `/posts/${POST.slug}`;
  const first = await anonymous.get(url);
  expect(first.status()).toBe(200);
  const again = await anonymous.get(url, { headers: { 'accept-encoding': 'gzip' } });
  expect(cacheStatus(again)).toBe('HIT');
  expect(again.headers()['content-encoding']).toBe('gzip');
  expect(await again.text()).toContain(POST.title);

  // In a browser, through nginx, the page and its scripts work.
  await page.goto(`${proxy.url}${url}`);
  await expect(page.getByRole('heading', { level: 1, name: POST.title })).toBeVisible();

  const script = (await first.text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(script, 'the page names a script under /_next/static').toBeTruthy();
  await anonymous.get(script!);
  const cached = await anonymous.get(script!);
  expect(cacheStatus(cached)).toBe('HIT');
  expect(cached.headers()['cache-control']).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
});

test('a comment approved in the admin reaches readers through nginx within 2 s of Inkwell showing it, while they keep reading', async ({
  browser,
}) => {
  const name = unique('Nia');
  const text = unique('A comment that goes through nginx');

  // A reader comments through nginx: the server action's POST reaches Inkwell.
  const reader = await browser.newContext({ baseURL: proxy.url });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/posts/${POST.slug}`);
  const form = readerPage.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Comment').fill(text);
  const action = readerPage.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action']);
  await form.getByRole('button', { name: 'Post comment' }).click();
  expect(cacheStatus(await action)).not.toBe('HIT');
  await expect(form.getByRole('status')).toContainText('awaiting moderation');

  // Other readers keep reading the post meanwhile, so nginx holds it in its cache (HIT, STALE…).
  // Bounded in time, not in count: the page must stay hot until the end of the test.
  const seen: string[] = [];
  let reading = true;
  const readUntil = Date.now() + 60_000;
  const readers = (async () => {
    while (reading && Date.now() < readUntil) {
      const response = await anonymous.get(`/posts/${POST.slug}`);
      seen.push(cacheStatus(response));
      expect(await response.text()).toContain(POST.title);
    }
  })();
  try {
    await expect.poll(() => seen.includes('HIT')).toBe(true);
    expect(await (await anonymous.get(`/posts/${POST.slug}`)).text()).not.toContain(text);

    const admin = await adminThroughNginx(browser);
    await admin.page.goto('/admin/comments?status=pending');
    const approved = admin.page.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action']);
    await admin.page
      .getByRole('article', { name: `Comment by ${name} on “${POST.title}”` })
      .getByRole('button', { name: 'Approve' })
      .click();
    await approved;
    const approvedAt = Date.now();

    // nginx counts whole seconds, so a copy is held 1-2 s: the comment must show through nginx
    // less than 2 s after Inkwell itself shows it (which includes rendering the page once).
    const shownAfter = async (origin: string) => {
      await expect
        .poll(async () => (await anonymous.get(`${origin}/posts/${POST.slug}`)).text(), { intervals: [25] })
        .toContain(text);
      return Date.now() - approvedAt;
    };
    const [byInkwell, throughNginx] = await Promise.all([shownAfter(server.url), shownAfter(proxy.url)]);
    console.log(
      `deploy-nginx: approved comment shown by Inkwell after ${byInkwell} ms, through nginx after ${throughNginx} ms; cache said ${[...new Set(seen)].join(', ')}`,
    );
    expect(throughNginx - byInkwell).toBeLessThan(2_000);
    await expect(admin.page.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();
    await admin.context.close();
  } finally {
    reading = false;
    await readers;
  }
  await reader.close();
});

test('the back office and signed-in requests are never cached', async ({ browser }) => {
  const admin = await adminThroughNginx(browser);

  for (let i = 0; i < 2; i++) {
    const dashboard = await admin.context.request.get('/admin');
    expect(cacheStatus(dashboard)).toBe('BYPASS');
    expect(await dashboard.text()).toContain('Dashboard');
  }
  await admin.page.goto('/admin');
  await expect(admin.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // Someone signed out asking for the same page gets the sign-in page, not the admin's.
  const signedOut = await anonymous.get('/admin', { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers()['location']).toMatch(/\/login/);
  expect(cacheStatus(await anonymous.get('/login'))).toBe('BYPASS');

  // A reader page asked for with the session cookie goes to Inkwell, and is not stored: the
  // first request without it (same address) is a MISS.
  const probe = `/posts/${POST.slug}?signed-in=${Date.now()}`;
  for (let i = 0; i < 2; i++) expect(cacheStatus(await admin.context.request.get(probe))).toBe('BYPASS');
  expect(cacheStatus(await anonymous.get(probe))).toBe('MISS');
  expect(cacheStatus(await anonymous.get(probe))).toBe('HIT');

  await admin.context.close();
});

test('Inkwell sees the client’s own address through nginx, whatever X-Forwarded-For the client sends', async () => {
  const signInFrom = async (address: string, email: string) => {
    const csrf = await requestFrom(address, `${proxy.url}/api/auth/csrf`);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = [csrf.headers['set-cookie'] ?? []]
      .flat()
      .map((c) => c.split(';')[0])
      .join('; ');
    await requestFrom(address, `${proxy.url}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        // Forged: nginx replaces it with the connection's address.
        'x-forwarded-for': '203.0.113.9',
        'x-real-ip': '203.0.113.9',
      },
      body: new URLSearchParams({ email, password: 'a wrong passphrase', csrfToken, callbackUrl: '/admin' }).toString(),
    });
  };
  const logged = (event: string, ip: string) =>
    server
      .output()
      .split('\n')
      .filter((line) => line.includes(`"event":"${event}"`) && line.includes(`"ip":"${ip}"`)).length;

  // Three failures from 127.0.0.2 (the per-address limit here) lock that address, and only it.
  for (let i = 1; i <= 3; i++) await signInFrom('127.0.0.2', `guess${i}@nginx.test`);
  await expect.poll(() => logged('signin.failed', '127.0.0.2')).toBe(3);
  await signInFrom('127.0.0.2', 'guess4@nginx.test');
  await expect.poll(() => logged('signin.throttled', '127.0.0.2')).toBe(1);
  await signInFrom('127.0.0.3', 'guess5@nginx.test');
  await expect.poll(() => logged('signin.failed', '127.0.0.3')).toBe(1);
  expect(server.output()).not.toContain('"ip":"203.0.113.9"');
});

test('uploads up to Inkwell’s limit reach Inkwell; larger ones are stopped by nginx', async () => {
  const upload = (bytes: number) =>
    requestFrom('127.0.0.1', `${proxy.url}/api/media`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(bytes),
    });
  // Over Inkwell's 10 MB + envelope but under nginx's door: Inkwell answers (JSON), not nginx.
  const justOver = await upload(10.5 * 1024 * 1024);
  expect(justOver.headers['content-type']).toMatch(/application\/json/);
  const huge = await upload(12 * 1024 * 1024);
  expect(huge.status).toBe(413);
  expect(huge.body).toContain('nginx');
});

test('Inkwell listens on 127.0.0.1 only, as deployed: other addresses of the machine cannot reach it', async ({ baseURL }) => {
  const port = new URL(server.url).port;
  await expect(requestFrom('127.0.0.1', `http://127.0.0.2:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
  expect((await requestFrom('127.0.0.2', `${proxy.url}/`)).status).toBe(200);
  // The suite's own server sets no LISTEN_ADDRESS: it answers on every address.
  expect((await requestFrom('127.0.0.1', `http://127.0.0.2:${new URL(baseURL!).port}/`)).status).toBe(200);
});

test('the production site file: http redirects to https, certbot’s webroot is served, TLS speaks HTTP/2, and Inkwell sends HSTS', async () => {
  test.skip(!opensslAvailable(), 'openssl is not installed: no certificate to try the TLS server with');
  const site = await startProductionSite(server.url);
  try {
    const redirect = await requestFrom('127.0.0.1', `${site.httpUrl}/posts/${POST.slug}?x=1`, { headers: { host: site.domain } });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://${site.domain}/posts/${POST.slug}?x=1`);

    fs.mkdirSync(path.join(site.webroot, '.well-known', 'acme-challenge'), { recursive: true });
    fs.writeFileSync(path.join(site.webroot, '.well-known', 'acme-challenge', 'a-token'), 'a-token.key');
    const challenge = await requestFrom('127.0.0.1', `${site.httpUrl}/.well-known/acme-challenge/a-token`, {
      headers: { host: site.domain },
    });
    expect(challenge.body).toBe('a-token.key');

    const page = await http2Request(site.httpsUrl, site.domain, `/posts/${POST.slug}`);
    expect(page.alpn).toBe('h2');
    expect(page.status).toBe(200);
    // Inkwell learnt the request came over https from X-Forwarded-Proto, and believed nginx.
    expect(page.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect((await http2Request(site.httpsUrl, site.domain, `/posts/${POST.slug}`)).headers['x-cache-status']).toBe('HIT');
    expect((await http2Request(site.httpsUrl, site.domain, '/admin')).headers['x-cache-status']).toBe('BYPASS');
  } finally {
    await site.stop();
  }
});
