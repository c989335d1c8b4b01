import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real CLIs, as a person runs them: `npm run backup` on a blog with posts, comments, users,
// settings and images, changes made after it, then `npm run restore`, and the content compared
// table by table with what the blog held when the backup was made.
const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-backup-'));
const live = path.join(dir, 'blog.db');
const env = {
  ...process.env,
  DATABASE_URL: `file:${live}`,
  DATA_DIR: dir,
  // A port nothing listens on: the restore probes it to see whether the server runs.
  PORT: '1',
  LOG_LEVEL: 'silent',
};

function run(script: string, ...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', script, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function sql<T = Record<string, unknown>>(file: string, statement: string, args: (string | number | Uint8Array)[] = []) {
  const client = createClient({ url: `file:${file}` });
  try {
    return (await client.execute({ sql: statement, args })).rows as T[];
  } finally {
    client.close();
  }
}

/** Every table's rows, in a stable order, blobs as hex: what "the same content" means. */
async function contentOf(file: string): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>(
    file,
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  const content: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await sql(file, `SELECT * FROM "${name}"`);
    content[name] = rows
      .map((row) =>
        JSON.stringify(Object.entries(row), (_key, value: unknown) =>
          value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value,
        ),
      )
      .sort();
  }
  return content;
}

const image = randomBytes(64 * 1024);
let backupFile: string;
let before: Record<string, string[]>;

beforeAll(() => {
  expect(run('scripts/prepare-db.ts').code).toBe(0);
  const created = run(
    'scripts/user-create.ts',
    '--email',
    'ada@example.com',
    '--password',
    'a long passphrase',
    '--name',
    'Ada',
    '--role',
    'admin',
  );
  expect(created.code, created.err).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run backup, then npm run restore', () => {
  it('round-trips posts, comments, users, settings and images', async () => {
    await sql(
      live,
      `INSERT INTO media (hash, width, height, mime_type, bytes, uploaded_by, created_at) VALUES ('abc', 640, 480, 'image/webp', ?, 2, 1)`,
      [image],
    );
    await sql(live, `INSERT INTO settings (key, value) VALUES ('siteTitle', '"Round trip"')`);
    await sql(
      live,
      `INSERT INTO comments (post_id, author_name, body_source, body_html, status, created_at) VALUES (1, 'Reader', 'Kept', '<p>Kept</p>', 'pending', 2)`,
    );
    const counts = (
      await sql<{ posts: number; comments: number; users: number; media: number }>(
        live,
        'SELECT (SELECT count(*) FROM posts) posts, (SELECT count(*) FROM comments) comments, (SELECT count(*) FROM users) users, (SELECT count(*) FROM media) media',
      )
    )[0];
    expect(counts.posts).toBeGreaterThan(0);
    expect(counts.comments).toBeGreaterThan(1);
    expect(counts.users).toBe(2);
    expect(counts.media).toBe(1);
    before = await contentOf(live);

    const backup = run('scripts/backup.ts');
    expect(backup.code, backup.err).toBe(0);
    const match = backup.out.match(/Backup written and checked: (\S+\.db) \(([\d.]+ [kMG]?B)/);
    expect(match, backup.out).not.toBeNull();
    backupFile = match![1];
    expect(path.dirname(backupFile)).toBe(path.join(dir, 'backups'));
    expect((await sql(backupFile, 'PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });

    // Life goes on after the backup: a post deleted, the image replaced, a setting changed.
    await sql(live, `DELETE FROM posts WHERE id = 1`);
    await sql(live, `UPDATE media SET bytes = x'00'`);
    await sql(live, `UPDATE settings SET value = '"Changed"' WHERE key = 'siteTitle'`);
    const changed = await contentOf(live);

    const restore = run('scripts/restore.ts', backupFile);
    expect(restore.code, restore.err).toBe(0);
    const aside = restore.out.match(/previous database is kept at (\S+)\./)![1];
    expect(path.basename(aside)).toMatch(/^blog\.db\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);

    const after = await contentOf(live);
    for (const table of Object.keys(before)) {
      // backupStatus was written into the live database after the copy was taken.
      if (table === 'settings') after[table] = after[table].filter((row) => !row.includes('backupStatus'));
      expect(after[table], table).toEqual(before[table].filter((row) => !row.includes('backupStatus')));
    }
    expect(Buffer.from((await sql<{ bytes: ArrayBuffer }>(live, 'SELECT bytes FROM media'))[0].bytes).equals(image)).toBe(true);
    // What was there before the restore is kept, whole.
    const keptContent = await contentOf(aside);
    expect(keptContent.posts).toEqual(changed.posts);
  }, 60_000);

  it('refuses a file that is not an Inkwell database, with a clear message, and changes nothing', async () => {
    const text = path.join(dir, 'notes.db');
    fs.writeFileSync(text, 'just some text, long enough to have a header');
    const notSqlite = run('scripts/restore.ts', text);
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.err).toContain('is not a SQLite database');

    const other = path.join(dir, 'other.db');
    await sql(other, 'CREATE TABLE things (x)');
    const notOurs = run('scripts/restore.ts', other);
    expect(notOurs.code).toBe(1);
    expect(notOurs.err).toMatch(/is not an Inkwell database/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toHaveLength(1);
  }, 60_000);

  it('refuses a backup made by a newer Inkwell', async () => {
    const newer = path.join(dir, 'newer.db');
    fs.copyFileSync(backupFile, newer);
    await sql(newer, `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 4102444800000)`);
    const refused = run('scripts/restore.ts', newer);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/made by a newer Inkwell.*Upgrade Inkwell first/);
  }, 60_000);

  it('refuses while the server runs', () => {
    // A process that is alive, as the server's pid file would name.
    fs.writeFileSync(path.join(dir, 'server.pid'), `${process.pid}\n`);
    try {
      const refused = run('scripts/restore.ts', backupFile);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/Stop the server first: the Inkwell server is running \(process \d+/);
    } finally {
      fs.rmSync(path.join(dir, 'server.pid'));
    }
  }, 60_000);

  it('migrates a backup from the last release forward as it restores it', async () => {
    const restored = run('scripts/restore.ts', path.join(root, 'db/fixtures/release-2026-11.db'));
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/Migrated it forward: [1-9]\d* migration\(s\) applied/);
    const [post] = await sql<{ title: string; kind: string }>(
      live,
      `SELECT title, kind FROM posts WHERE slug = 'written-before-the-upgrade'`,
    );
    expect(post).toEqual({ title: 'Written before the upgrade', kind: 'post' });
  }, 60_000);
});
