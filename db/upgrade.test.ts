import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A database made by the previous release (db/fixtures/README.md) opens with this code, migrates
// forward, and keeps everything it held.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-upgrade-'));
const file = path.join(dir, 'blog.db');
fs.copyFileSync(path.join(__dirname, 'fixtures', 'release-2026-11.db'), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = dir;

let inspect: typeof import('./backup/inspect');

// Imported here, not in the tests: a first import on a loaded machine takes seconds.
beforeAll(async () => {
  inspect = await import('./backup/inspect');
  await Promise.all(
    ['./migrate', './queries/posts', './queries/comments', './queries/users', './queries/settings', './seed'].map(
      (m) => import(m),
    ),
  );
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('upgrading from the release of 2026-11', () => {
  it('is an older schema that restore and start accept', async () => {
    const before = await inspect.inspectDatabaseFile(file);
    expect(before).toMatchObject({ ok: true, applied: 4 });
    expect(before.ok && before.pending).toBeGreaterThan(0);
  });

  it('migrates forward and keeps its posts, comments, accounts and settings', async () => {
    const { migrateDatabase } = await import('./migrate');
    await migrateDatabase();
    expect(await inspect.inspectDatabaseFile(file)).toMatchObject({ ok: true, pending: 0 });

    const posts = await import('./queries/posts');
    const post = await posts.getPublishedPostBySlug('written-before-the-upgrade');
    expect(post).toMatchObject({ title: 'Written before the upgrade' });
    const { listApprovedComments } = await import('./queries/comments');
    expect((await listApprovedComments(post!.id)).map((c) => c.bodyHtml).join()).toContain('before the upgrade');
    const { findUserByEmail } = await import('./queries/users');
    expect(await findUserByEmail('owner@release.test')).toMatchObject({ role: 'admin', name: 'Rel Owner' });
    const { readSetting } = await import('./queries/settings');
    expect(await readSetting('title')).toBe('The November Blog');
    // Migration 0004's column, filled for the old rows.
    const { sqlite } = await import('./client');
    expect((await sqlite.execute(`SELECT DISTINCT kind FROM posts`)).rows.map((r) => r.kind)).toEqual(['post']);
    expect((await sqlite.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
    // The welcome content is not written a second time.
    const { seedWelcomeContent } = await import('./seed');
    expect(await seedWelcomeContent()).toBe(false);
  }, 30_000);
});
