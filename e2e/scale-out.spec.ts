import { expect, test, type Browser, type Page } from '@playwright/test';
import { createClient } from '@libsql/client';
import path from 'node:path';
import { accounts } from './support/accounts';
import { startCluster, type TestCluster } from './support/cluster';
import { nginxBinary } from './support/nginx';
import { readerAddress } from './support/readers';
import { signIn, submit } from './support/session';
import { redisServerInstalled } from '../lib/redis/redis-server';

// Two instances on one database, sharing Redis, behind nginx (docs/scale-out.md): what a limit,
// the scheduler and a dead instance do when the blog runs on more than one process.

const missing = [!redisServerInstalled() && 'redis-server', !nginxBinary() && 'nginx'].filter(Boolean).join(' and ');
if (missing && process.env.CI) throw new Error(`e2e/scale-out.spec.ts needs ${missing} in CI (.ci/run installs them)`);
test.skip(!!missing, `scale-out journeys skipped: ${missing} not installed (apt-get install redis-server nginx)`);
test.describe.configure({ mode: 'serial' });

const POST = '/posts/welcome-to-inkwell';
const LOCKED = 'Too many attempts, try again in 15 minutes.';
const INVALID = 'Invalid email or password.';
const { lockout, author, owner } = accounts;

let cluster: TestCluster;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster([lockout, author, owner]);
});
test.afterAll(async () => {
  await cluster?.stop();
});

/** A browser context that talks to one instance directly, from an address of its own. */
async function readerOn(browser: Browser, baseURL: string, address = readerAddress()) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
  return { context, page: await context.newPage() };
}

async function attemptSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Sign in');
  await expect(page.getByLabel('Password')).toHaveValue('');
  return page.getByRole('main').getByRole('alert');
}

/** Fetches `url` until its page contains `text`: how long that took, and in how many requests. */
async function untilShown(url: string, text: string, since: number) {
  for (let requests = 1; ; requests++) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return { ms: Date.now() - since, requests };
    expect(Date.now() - since).toBeLessThan(10_000);
  }
}

test('a comment approved through instance A is shown by instance B on the next request', async ({ browser }) => {
  const [a, b] = cluster.instances;
  const name = `Ana ${Date.now()}`;
  const text = `Approved on A, read on B ${Date.now()}`;
  // B has the page cached before anything happens.
  const onB = await readerOn(browser, b.url);
  await onB.page.goto(POST);
  await onB.page.goto(POST);
  await expect(onB.page.getByText(text)).toHaveCount(0);

  const commenter = await readerOn(browser, a.url);
  await commenter.page.goto(POST);
  const form = commenter.page.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Comment').fill(text);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status')).toContainText('awaiting moderation');

  const admin = await readerOn(browser, a.url);
  await signIn(admin.page, owner);
  await admin.page.goto('/admin/comments?status=pending');
  await admin.page
    .getByRole('article', { name: `Comment by ${name} on “Welcome to Inkwell”` })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(admin.page.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();

  await onB.page.goto(POST);
  await expect(onB.page.getByRole('region', { name: /comments?$/ }).getByText(text)).toBeVisible();
  for (const reader of [onB, commenter, admin]) await reader.context.close();
});

test("a post published through instance A is on instance B's home at once", async ({ browser }) => {
  const [a, b] = cluster.instances;
  const title = `Published on A ${Date.now()}`;
  const home = await readerOn(browser, b.url);
  await home.page.goto('/');
  await home.page.goto('/');
  await expect(home.page.getByRole('link', { name: title })).toHaveCount(0);

  const { context, page } = await readerOn(browser, a.url);
  await signIn(page, author);
  await page.goto('/admin/posts/new');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await expect(body).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await body.click();
  await page.keyboard.type('Written on one instance, read on the other.');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog).toBeHidden();
  const published = Date.now();

  // How long until B's home, fetched as fast as one client can, shows it (docs/scale-out.md).
  const reached = await untilShown(`${b.url}/`, title, published);
  console.log(`scale-out: the invalidation reached the other instance in ${reached.ms} ms (${reached.requests} request)`);
  expect(reached.requests).toBe(1);
  await home.page.goto('/');
  await expect(home.page.getByRole('link', { name: title })).toBeVisible();
  await context.close();
  await home.context.close();
});

test('failed sign-ins through two instances count against one lock-out', async ({ browser }) => {
  const [a, b] = cluster.instances;
  const onA = await readerOn(browser, a.url);
  const onB = await readerOn(browser, b.url);
  await onA.page.goto('/login');
  await onB.page.goto('/login');
  for (let i = 1; i <= 3; i++) await expect(await attemptSignIn(onA.page, lockout.email, `wrong ${i}`)).toHaveText(INVALID);
  for (let i = 4; i <= 5; i++) await expect(await attemptSignIn(onB.page, lockout.email, `wrong ${i}`)).toHaveText(INVALID);
  // The sixth, with the right password, on either instance: locked for the whole blog.
  await expect(await attemptSignIn(onB.page, lockout.email, lockout.password)).toHaveText(LOCKED);
  await expect(await attemptSignIn(onA.page, lockout.email, lockout.password)).toHaveText(LOCKED);
  await onA.context.close();
  await onB.context.close();
});

async function postComment(page: Page, text: string) {
  const form = page.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Name').fill('Hasty');
  await form.getByLabel('Comment').fill(text);
  await form.getByRole('button', { name: 'Post comment' }).click();
  return form;
}

test("one address's comments through two instances count against one limit", async ({ browser }) => {
  const [a, b] = cluster.instances;
  const address = readerAddress();
  const onA = await readerOn(browser, a.url, address);
  const onB = await readerOn(browser, b.url, address);
  await onA.page.goto(POST);
  await onB.page.goto(POST);
  for (let i = 1; i <= 5; i++) {
    const page = i <= 3 ? onA.page : onB.page;
    const text = `Comment ${i} through ${i <= 3 ? 'A' : 'B'} at ${Date.now()}`;
    await postComment(page, text);
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' }).getByText(text)).toBeVisible();
  }
  const form = await postComment(onA.page, `One too many ${Date.now()}`);
  await expect(form.getByRole('alert')).toContainText(/You are commenting too quickly\. Please wait \d+ seconds/);
  await expect(form.getByLabel('Comment')).toHaveValue(/One too many/);
  await onA.context.close();
  await onB.context.close();
});

test('a post scheduled through one instance is published once, by one instance', async ({ browser }) => {
  test.setTimeout(150_000);
  const [a, b] = cluster.instances;
  const { context, page } = await readerOn(browser, a.url);
  await signIn(page, author);
  const title = `Scheduled on a cluster ${Date.now()}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await page.goto('/admin/posts/new');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await expect(body).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await body.click();
  await page.keyboard.type('Published by whichever instance holds the lock.');
  const at = await page.evaluate(() => {
    const d = new Date(Date.now() + 20_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  });
  await page.getByLabel('Publish date').fill(at);
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByLabel('Status: Scheduled').filter({ visible: true })).toBeVisible();

  // Published on time, visible on the other instance with nobody having asked it before.
  const onB = await readerOn(browser, b.url);
  await expect
    .poll(async () => (await onB.page.goto(`/posts/${slug}`))?.status(), { timeout: 60_000, intervals: [2000] })
    .toBe(200);
  await expect(onB.page.getByRole('heading', { level: 1 })).toHaveText(title);

  const runs = cluster.instances.map(
    ({ server }) =>
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('"scheduler.ran"') && line.includes(slug)).length,
  );
  expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
  // Every scheduler tick of the blog ran on one instance: the other never took the lock.
  const holders = cluster.instances.filter(({ server }) => server.output().includes('"instance_lock.acquired"'));
  expect(holders).toHaveLength(1);
  const db = createClient({ url: `file:${path.join(cluster.dataDir, 'blog.db')}` });
  const { rows } = await db.execute({ sql: 'select status from posts where slug = ?', args: [slug] });
  db.close();
  expect(rows.map((row) => row.status)).toEqual(['published']);
  await context.close();
  await onB.context.close();
});

test('Redis stopped and started: sign-in says it is unavailable, then works again without a restart', async ({ browser }) => {
  const [a] = cluster.instances;
  const { context, page } = await readerOn(browser, a.url);
  await page.goto('/login');
  await cluster.redis.stop();
  await expect(await attemptSignIn(page, author.email, author.password)).toHaveText(
    'Sign-in is unavailable for a moment. Please try again shortly.',
  );
  // Readers keep reading.
  expect((await page.request.get(POST)).status()).toBe(200);
  await cluster.redis.restart();
  // The instance reconnects by itself; a person trying again soon after is signed in.
  await expect
    .poll(
      async () => {
        await page.goto('/login');
        if (page.url().includes('/login')) {
          await page.getByLabel('Email').fill(author.email);
          await page.getByLabel('Password').fill(author.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 3000 }).catch(() => undefined);
        }
        return new URL(page.url()).pathname;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .not.toBe('/login');
  await context.close();
});

test('one instance killed under load: nginx fails over, readers see no error after one retry, no acknowledged comment lost', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [a] = cluster.instances;
  const failures: number[] = [];
  let served = 0;
  let stop = false;
  // A cookie named like a session makes nginx pass every read on (no micro-cache), as for a
  // signed-in reader: each request reaches an instance.
  const headers = { cookie: 'authjs.session-token=none' };
  const reader = async () => {
    while (!stop) {
      // A reader who gets an error tries once more: that second answer must be a page.
      let response = await fetch(`${cluster.url}${POST}`, { headers }).catch(() => null);
      if (!response?.ok) response = await fetch(`${cluster.url}${POST}`, { headers }).catch(() => null);
      if (response?.ok) served++;
      else failures.push(response?.status ?? 0);
      await response?.arrayBuffer();
    }
  };
  // Commenters through nginx, one comment after another: every one the form acknowledged must be kept.
  const acknowledged: string[] = [];
  const commenter = async (who: string) => {
    const { context, page } = await readerOn(browser, cluster.url);
    for (let i = 1; i <= 4; i++) {
      await page.goto(POST);
      const text = `${who} under load ${i} ${Date.now()}`;
      const form = await postComment(page, text);
      const answer = form.getByRole('status').or(form.getByRole('alert'));
      await expect(answer).toBeVisible();
      if ((await answer.textContent())?.includes('awaiting moderation')) acknowledged.push(text);
    }
    await context.close();
  };
  const readers = Array.from({ length: 6 }, reader);
  const writers = Promise.all([commenter('Kit'), commenter('Lou')]);
  await expect.poll(() => served, { timeout: 10_000 }).toBeGreaterThan(50);
  await a.crash();
  // Really gone: its port refuses connections.
  await expect(fetch(a.url)).rejects.toThrow();
  const before = served;
  await expect.poll(() => served - before, { timeout: 20_000 }).toBeGreaterThan(200);
  await writers;
  stop = true;
  await Promise.all(readers);
  expect(failures).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(0);
  const db = createClient({ url: `file:${path.join(cluster.dataDir, 'blog.db')}` });
  for (const text of acknowledged) {
    const { rows } = await db.execute({ sql: 'select count(*) as n from comments where body_source = ?', args: [text] });
    expect(Number(rows[0].n), text).toBe(1);
  }
  db.close();
});
