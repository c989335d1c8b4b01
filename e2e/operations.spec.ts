import http from 'node:http';
import net from 'node:net';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Account } from './support/accounts';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import { freePort, root, serverEnv, startServer } from './support/server';
import { builtServerActions, callServerAction } from './support/server-actions';
import { signIn } from './support/session';
import { makeReadOnly } from '../lib/testing/read-only-file';

// Running it for years on a small server: crashes, stops, upgrades and a read-only disk, each on a
// server and database of its own (e2e/support/fresh-server.ts), driven as its operator and its
// readers would. docs/operations.md describes what is tested here.

const COMMENTED = 'comments-that-add-something';
const writer: Account = { email: 'wren@ops.test', password: 'wren passphrase for tests', name: 'Wren Writer', role: 'author' };

function sqliteAt(server: { dataDir: string }) {
  return createClient({ url: `file:${path.join(server.dataDir, 'blog.db')}` });
}

const action = (key: string) => {
  const found = builtServerActions().find((a) => a.key === key);
  if (!found) throw new Error(`no server action ${key} in the build`);
  return found;
};

async function postComment(request: APIRequestContext, server: FreshServer, body: string, n: number) {
  return callServerAction(
    request,
    action('app/(site)/posts/[slug]/actions.ts#postComment'),
    `${server.url}/posts/${COMMENTED}`,
    { postSlug: COMMENTED, name: `Reader ${n}`, body, formToken: '' },
    { 'x-forwarded-for': `198.51.100.${n + 1}` },
  );
}

async function autosave(
  request: APIRequestContext,
  server: FreshServer,
  postId: number | null,
  baseVersion: number,
  title: string,
) {
  return callServerAction(request, action('app/admin/posts/actions.ts#savePostAction'), `${server.url}/admin/posts/new`, {
    postId: postId === null ? '' : String(postId),
    kind: 'autosave',
    payload: JSON.stringify({ baseVersion, title, contentHtml: `<p>${title}</p>`, slug: '', slugAuto: true }),
  });
}

test.describe('crash safety', () => {
  let server: FreshServer;
  test.afterEach(() => server?.stop());

  test('SIGKILL during 20 commenters and an autosaving author loses nothing the server acknowledged', async ({
    browser,
    playwright,
  }) => {
    test.setTimeout(180_000);
    server = await startFreshServer({ RATE_LIMIT: 'off' }, [writer]);
    const page = await (await browser.newContext()).newPage();
    await signIn(page, writer, `${server.url}/login`);

    const first = await autosave(page.request, server, null, 0, 'Autosave 0');
    const postId = Number(first.body.match(/"postId":(\d+)/)![1]);
    const saves = [{ version: Number(first.body.match(/"version":(\d+)/)![1]), title: 'Autosave 0' }];

    let crashed = false;
    const acknowledged: { id: number; body: string }[] = [];
    let unanswered = 0;
    const commenter = async (n: number) => {
      const request = await playwright.request.newContext();
      for (let i = 0; !crashed; i++) {
        const body = `Comment ${i} from reader ${n}, ${Date.now()}`;
        try {
          const answer = await postComment(request, server, body, n);
          const id = answer.body.match(/"comment":\{"id":(\d+)/);
          // Acknowledged: a 2xx answer that names the stored comment's id.
          if (answer.status < 300 && id) acknowledged.push({ id: Number(id[1]), body });
        } catch {
          unanswered++; // the connection died with the server: never acknowledged
        }
      }
      await request.dispose();
    };
    const author = async () => {
      for (let n = 1; !crashed; n++) {
        const title = `Autosave ${n}`;
        try {
          const answer = await autosave(page.request, server, postId, saves.at(-1)!.version, title);
          const version = answer.body.match(/"version":(\d+)/);
          if (answer.status < 300 && answer.body.includes('Saved.') && version)
            saves.push({ version: Number(version[1]), title });
        } catch {
          unanswered++;
        }
      }
    };
    const load = [...Array.from({ length: 20 }, (_, n) => commenter(n)), author()];

    // Kill once the load is well under way: many comments and several saves acknowledged.
    await expect.poll(() => acknowledged.length >= 60 && saves.length >= 4, { timeout: 60_000 }).toBe(true);
    const killedPid = await server.crash();
    crashed = true;
    const atKill = { comments: acknowledged.length, saves: saves.length };
    await Promise.all(load);
    // Answers that came back while the kill was landing are acknowledgements too.
    await server.start();

    const db = sqliteAt(server);
    try {
      expect((await db.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
      const stored = new Map(
        (await db.execute('SELECT id, body_source FROM comments')).rows.map((r) => [Number(r.id), String(r.body_source)]),
      );
      const missing = acknowledged.filter(({ id, body }) => stored.get(id) !== body);
      expect(missing, 'acknowledged comments missing after the crash').toEqual([]);

      const post = (await db.execute({ sql: 'SELECT version, title FROM posts WHERE id = ?', args: [postId] })).rows[0];
      const last = saves.at(-1)!;
      // The last acknowledged save is there; a save the server committed but could not answer may be too.
      expect(Number(post.version)).toBeGreaterThanOrEqual(last.version);
      if (Number(post.version) === last.version) expect(post.title).toBe(last.title);

      const report = {
        killedPid,
        acknowledgedComments: acknowledged.length,
        acknowledgedAtKill: atKill,
        acknowledgedSaves: saves.length,
        unanswered,
        storedComments: stored.size,
        postVersion: Number(post.version),
        lastAcknowledgedVersion: last.version,
      };
      test.info().annotations.push({ type: 'crash report', description: JSON.stringify(report) });
      console.log('crash test:', JSON.stringify(report));
    } finally {
      db.close();
    }
    // And the blog serves again.
    expect((await page.request.get(`${server.url}/api/health`)).status()).toBe(200);
  });
});

/** A request whose body arrives in two parts, `pauseMs` apart: in flight for that long. */
function slowRequest(url: string, pause: Promise<void>) {
  const { port, hostname } = new URL(url);
  const body = JSON.stringify({ slug: COMMENTED });
  return new Promise<{ status: number } | { error: string }>((resolve) => {
    const request = http.request({
      host: hostname,
      port,
      path: '/api/views',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), origin: new URL(url).origin },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode! }));
    });
    request.on('error', (error) => resolve({ error: error.message }));
    request.write(body.slice(0, 5));
    void pause.then(() => request.end(body.slice(5)));
  });
}

function connects(url: string): Promise<boolean> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

test.describe('shutdown', () => {
  test('SIGTERM finishes the request in flight, refuses new connections, stops the timers and exits 0', async () => {
    test.setTimeout(120_000);
    const server = await startFreshServer({ LOG_LEVEL: 'info' });
    try {
      let release!: () => void;
      const pause = new Promise<void>((resolve) => (release = resolve));
      const inFlight = slowRequest(server.url, pause);
      // The server has the request (its headers) before the signal.
      await expect.poll(() => server.output().includes('"event":"server.started"')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exit = server.signal('SIGTERM');
      await expect.poll(() => server.output().includes('"event":"server.stopping"')).toBe(true);
      expect(await connects(server.url), 'a new connection after SIGTERM').toBe(false);
      release();

      expect(await inFlight).toEqual({ status: 204 });
      expect(await exit).toEqual({ code: 0, signal: null });
      const stopped = server
        .output()
        .split('\n')
        .find((line) => line.includes('"event":"server.stopped"'));
      expect(stopped, server.output()).toBeDefined();
      const fields = JSON.parse(stopped!) as { cutOff: number; timers: string[] };
      expect(fields.cutOff).toBe(0);
      expect(fields.timers).toEqual(
        expect.arrayContaining(['scheduler', 'automatic-backups', 'comment-cleanup', 'auth-cleanup', 'mail']),
      );
      expect(fs.existsSync(path.join(server.dataDir, 'server.pid')), 'the pid file is removed').toBe(false);
    } finally {
      server.stop();
    }
  });
});

test.describe('health', () => {
  test('/api/health answers 200 when the database is up to date, 503 with a migration missing', async ({ request }) => {
    test.setTimeout(120_000);
    const healthy = await request.get('/api/health');
    expect(healthy.status()).toBe(200);
    expect(await healthy.json()).toEqual({ ok: true });
    expect(healthy.headers()['cache-control']).toContain('no-store');

    const server = await startFreshServer();
    try {
      const db = sqliteAt(server);
      await db.execute('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)');
      db.close();
      const pending = await request.get(`${server.url}/api/health`);
      expect(pending.status()).toBe(503);
      expect(await pending.json()).toEqual({ ok: false, problem: 'migrations pending' });
    } finally {
      server.stop();
    }
  });
});

test.describe('upgrades', () => {
  test('a database made by the last release migrates on start and serves its content', async ({ browser }) => {
    test.setTimeout(120_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-e2e-upgrade-'));
    fs.copyFileSync(path.join(root, 'db/fixtures/release-2026-11.db'), path.join(dataDir, 'blog.db'));
    const port = await freePort();
    const env = serverEnv(dataDir, port);
    // What `npm start` does first (scripts/start.ts): migrate, then seed only a new database.
    const prepared = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['--conditions=react-server', 'scripts/prepare-db.ts'],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    );
    expect(prepared.status, prepared.stderr).toBe(0);
    expect(prepared.stdout).not.toContain('Wrote the welcome posts');
    const server = await startServer(dataDir, port, env);
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('link', { name: 'The November Blog' }).first()).toBeVisible();
      await page.getByRole('link', { name: 'Written before the upgrade' }).click();
      await expect(page.getByRole('heading', { name: 'Written before the upgrade', level: 1 })).toBeVisible();
      await expect(page.getByText('A comment from before the upgrade.')).toBeVisible();
      expect((await page.request.get(`${server.url}/api/health`)).status()).toBe(200);
      // The release's owner still signs in.
      await signIn(page, { email: 'owner@release.test', password: 'a release-era passphrase' }, `${server.url}/login`);
    } finally {
      server.process.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test.describe('a read-only database', () => {
  test('readers keep reading; the comment form and the editor say why nothing was saved; the log says why', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const server = await startFreshServer({ LOG_LEVEL: 'info' }, [writer]);
    let undo = () => {};
    try {
      const authorPage = await (await browser.newContext()).newPage();
      await signIn(authorPage, writer, `${server.url}/login`);

      // A clean stop checkpoints the WAL into blog.db; then the file is made read-only and the
      // server started on it, as after a remount read-only or a wrong chown.
      expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
      undo = makeReadOnly(path.join(server.dataDir, 'blog.db'));
      await server.start();

      const reader = await (await browser.newContext()).newPage();
      await reader.goto(`${server.url}/posts/${COMMENTED}`);
      await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
      const form = reader.getByRole('form', { name: 'Leave a comment' });
      await form.getByLabel('Name').fill('Rhea Reader');
      await form.getByLabel('Comment').fill('Words that cannot be stored today');
      await form.getByRole('button', { name: 'Post comment' }).click();
      await expect(form.getByRole('alert')).toContainText('its database is read-only. Nothing was saved');
      await expect(form.getByLabel('Comment')).toHaveValue('Words that cannot be stored today');

      await authorPage.goto(`${server.url}/admin/posts/new`);
      await authorPage.getByLabel('Title', { exact: true }).fill('A draft on a read-only disk');
      await authorPage.getByRole('textbox', { name: 'Post body' }).click();
      await authorPage.keyboard.type('Typed, not lost.');
      await expect(authorPage.getByRole('status').filter({ hasText: /^Not saved/ })).toContainText('database is read-only', {
        timeout: 15_000,
      });
      await expect(authorPage.getByLabel('Title', { exact: true })).toHaveValue('A draft on a read-only disk');

      // Readers still read, and the log names the cause.
      await reader.goto(`${server.url}/`);
      await expect(reader.getByRole('link', { name: 'Comments that add something' }).first()).toBeVisible();
      const logged = server
        .output()
        .split('\n')
        .filter((line) => line.includes('"event":"storage.write_failed"'));
      expect(logged.length).toBeGreaterThanOrEqual(2);
      expect(logged[0]).toMatch(/"code":"SQLITE_READONLY/);
    } finally {
      undo();
      server.stop();
    }
  });
});

test.describe('backups', () => {
  test('an admin downloads a backup from the settings page: a checked copy of the whole blog', async ({ browser }) => {
    test.setTimeout(120_000);
    const owner: Account = { email: 'ola@ops.test', password: 'ola passphrase for tests', name: 'Ola Owner', role: 'admin' };
    const server = await startFreshServer({}, [owner]);
    try {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      await signIn(page, owner, `${server.url}/login`);
      await page.goto(`${server.url}/admin/settings`);
      const backups = page.getByRole('region', { name: 'Backups' });
      await expect(backups).toContainText('No backup has been made yet.');
      const download = page.waitForEvent('download');
      await backups.getByRole('link', { name: 'Download a backup' }).click();
      const file = await (await download).path();
      expect((await download).suggestedFilename()).toMatch(/^inkwell-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
      const copy = createClient({ url: `file:${file}` });
      try {
        expect((await copy.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
        expect(Number((await copy.execute(`SELECT count(*) AS n FROM posts WHERE slug = '${COMMENTED}'`)).rows[0].n)).toBe(1);
        expect(Number((await copy.execute(`SELECT count(*) AS n FROM users WHERE email = 'ola@ops.test'`)).rows[0].n)).toBe(1);
      } finally {
        copy.close();
      }
      // Nothing is left behind on the server.
      const folder = path.join(server.dataDir, 'backups');
      expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    } finally {
      server.stop();
    }
  });

  test('automatic backups run on their interval, keep the newest, and the dashboard shows the last one or a failure', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const owner: Account = { email: 'abe@ops.test', password: 'abe passphrase for tests', name: 'Abe Admin', role: 'admin' };
    // 0.0003 h ≈ 1 s: a backup a second.
    const server = await startFreshServer({ BACKUP_INTERVAL_HOURS: '0.0003', BACKUP_KEEP: '2', LOG_LEVEL: 'info' }, [owner]);
    try {
      const folder = path.join(server.dataDir, 'backups');
      const automatic = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.startsWith('auto-')) : []);
      await expect
        .poll(() => server.output().match(/"event":"backup\.created"/g)?.length ?? 0, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(3);
      await expect.poll(() => automatic().length).toBe(2);

      const page = await (await browser.newContext()).newPage();
      await signIn(page, owner, `${server.url}/login`);
      await page.goto(`${server.url}/admin`);
      await expect(page.getByRole('region', { name: 'Backups' })).toContainText(/Last backup: .* UTC, [\d.]+ kB \(auto-/);

      // A backup folder that cannot be written: the failure is logged and shown until one succeeds.
      fs.rmSync(folder, { recursive: true, force: true });
      fs.writeFileSync(folder, 'not a folder');
      await expect.poll(() => server.output().includes('"event":"backup.failed"'), { timeout: 30_000 }).toBe(true);
      await page.reload();
      await expect(page.getByRole('region', { name: 'Backups' }).getByRole('alert')).toContainText('The last backup failed');
    } finally {
      server.stop();
    }
  });

  test('npm run backup while serving, then npm run restore: the restarted server shows the restored blog', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const owner: Account = { email: 'rue@ops.test', password: 'rue passphrase for tests', name: 'Rue Restorer', role: 'admin' };
    const server = await startFreshServer({}, [owner]);
    const env = serverEnv(server.dataDir, Number(new URL(server.url).port));
    const cli = (script: string, ...args: string[]) =>
      spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', script, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
    try {
      const backup = cli('scripts/backup.ts');
      expect(backup.status, backup.stderr).toBe(0);
      const file = backup.stdout.match(/Backup written and checked: (\S+\.db)/)![1];

      // After the backup, a post is published through the editor's action and readers see it.
      const page = await (await browser.newContext()).newPage();
      await signIn(page, owner, `${server.url}/login`);
      const published = await callServerAction(
        page.request,
        action('app/admin/posts/actions.ts#savePostAction'),
        `${server.url}/admin/posts/new`,
        {
          postId: '',
          kind: 'publish',
          payload: JSON.stringify({
            baseVersion: 0,
            title: 'Written after the backup',
            contentHtml: '<p>Gone after the restore.</p>',
            slug: '',
            slugAuto: true,
          }),
        },
      );
      expect(published.body).toContain('Published.');
      const reader = await (await browser.newContext()).newPage();
      await reader.goto(`${server.url}/`);
      await expect(reader.getByRole('link', { name: 'Written after the backup' })).toBeVisible();

      // The restore refuses while the server runs, then works once it is stopped.
      const refused = cli('scripts/restore.ts', file);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('Stop the server first');
      expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
      const restored = cli('scripts/restore.ts', file);
      expect(restored.status, restored.stderr).toBe(0);
      await server.start();

      // The pages cached before the restore are not served again (lib/cache/expire-on-boot.ts).
      await reader.goto(`${server.url}/`);
      await expect(reader.getByRole('link', { name: 'Comments that add something' }).first()).toBeVisible();
      await expect(reader.getByRole('link', { name: 'Written after the backup' })).toHaveCount(0);
      expect((await reader.goto(`${server.url}/posts/written-after-the-backup`))!.status()).toBe(404);
    } finally {
      server.stop();
    }
  });
});
