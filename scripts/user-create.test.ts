import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the real CLI against a fresh database file, as a person would from the shell.
const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-user-create-'));
const databaseUrl = `file:${path.join(dir, 'blog.db')}`;

function userCreate(...args: string[]) {
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', 'scripts/user-create.ts', ...args],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const valid = ['--email', 'Ada@Example.com', '--password', 'a long passphrase', '--name', 'Ada', '--role', 'admin'];

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run user:create', () => {
  it('creates an account with an argon2id hash and a lower-cased email', async () => {
    const { code, out } = userCreate(...valid);
    expect(code).toBe(0);
    expect(out).toContain('Created admin Ada <ada@example.com>');
    const db = createClient({ url: databaseUrl });
    const { rows } = await db.execute("select role, password_hash from users where email = 'ada@example.com'");
    db.close();
    expect(rows[0].role).toBe('admin');
    expect(String(rows[0].password_hash)).toMatch(/^\$argon2id\$/);
  });

  it('refuses a duplicate email whatever its case', () => {
    const { code, err } = userCreate('--email', 'ADA@example.com', ...valid.slice(2));
    expect(code).toBe(1);
    expect(err).toContain('already exists');
  });

  it('refuses a password under 12 characters', () => {
    const { code, err } = userCreate(
      '--email',
      'bob@example.com',
      '--password',
      'short words',
      '--name',
      'Bob',
      '--role',
      'author',
    );
    expect(code).toBe(1);
    expect(err).toContain('at least 12 characters');
  });

  it('refuses a password from the breached-password dictionary', () => {
    const breached = userCreate('--email', 'bob@example.com', '--password', 'qwertyuiop123', '--name', 'Bob', '--role', 'author');
    expect(breached.code).toBe(1);
    expect(breached.err).toContain('too common');
  });

  it('refuses a password made of the account’s own email', () => {
    const own = userCreate(
      '--email',
      'bob.builder@example.com',
      '--password',
      'bob.builder@example.com',
      '--name',
      'Bob',
      '--role',
      'author',
    );
    expect(own.code).toBe(1);
    expect(own.err).toContain('too easy to guess');
  });

  it('is the operator choosing a password: not a temporary one to replace', async () => {
    const db = createClient({ url: databaseUrl });
    const { rows } = await db.execute("select must_change_password from users where email = 'ada@example.com'");
    db.close();
    expect(Number(rows[0].must_change_password)).toBe(0);
  });

  it('refuses an unknown role', () => {
    const { code, err } = userCreate(
      '--email',
      'bob@example.com',
      '--password',
      'a long passphrase',
      '--name',
      'Bob',
      '--role',
      'owner',
    );
    expect(code).toBe(1);
    expect(err).toContain('--role must be one of: admin, author');
  });

  it('explains its usage when arguments are missing', () => {
    const { code, err } = userCreate('--email', 'bob@example.com');
    expect(code).toBe(1);
    expect(err).toContain('missing --password, --name, --role');
  });
});
