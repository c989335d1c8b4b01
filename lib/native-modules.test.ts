import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { processImage } from '@/lib/media/process';

// The three native parts, each loaded through the code the blog runs, on whichever Node runs the
// suite: CI runs it on Node 24 and again on Node 22 (.ci/run). A prebuilt binary missing for a
// Node ABI fails here, not at a reader's first request.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-native-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`native modules on Node ${process.versions.node}`, () => {
  it('@libsql/client opens a database file, migrates it (FTS5 included) and reads back through WAL', async () => {
    const file = path.join(dir, 'blog.db');
    const client = createClient({ url: `file:${file}`, timeout: 5000 });
    await client.execute('PRAGMA journal_mode = WAL');
    await migrate(drizzle(client), { migrationsFolder: path.resolve(__dirname, '../db/migrations') });
    await client.execute({
      sql: "insert into users (email, name, password_hash, role) values ('ada@example.com', 'Ada', 'x', 'admin')",
      args: [],
    });
    await client.execute({
      sql: "insert into posts (slug, title, content_text, author_id, status) values (?, ?, ?, 1, 'published')",
      args: ['runtime', 'Runtimes', 'A quoted passage about long-term support'],
    });
    const { rows } = await client.execute(
      "select p.slug from posts_fts join posts p on p.id = posts_fts.rowid where posts_fts match 'support'",
    );
    expect(rows.map((r) => r.slug)).toEqual(['runtime']);
    expect((await client.execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal');
    client.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('@node-rs/argon2 hashes a password with argon2id and verifies it', async () => {
    const hash = await hashPassword('a long passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a long passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'another passphrase')).toBe(false);
  });

  it('sharp re-encodes an uploaded image to WebP', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a33' } })
      .png()
      .toBuffer();
    const { renditions } = await processImage(png);
    const full = renditions.at(-1)!;
    expect([full.width, full.height, full.mimeType]).toEqual([40, 30, 'image/webp']);
    expect((await sharp(full.bytes).metadata()).format).toBe('webp');
  });
});
