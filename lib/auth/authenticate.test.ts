import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The log lines of sign-in failures, from the real code path (a real migrated database, the real
// throttle), read back as an operator would: they tell accounts apart, and never carry the typed
// email or password.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-authenticate-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
process.env.DATA_DIR = dir;
process.env.AUTH_SECRET = 'a-test-secret-that-is-at-least-32-characters';

const lines: string[] = [];
let authenticate: typeof import('./authenticate').authenticate;

const EMAIL = 'Ada.Lovelace@Example.com';
const PASSWORD = 'correct horse battery staple';
const headers = () => new Headers({ 'x-forwarded-for': '192.0.2.7' });

beforeAll(async () => {
  const { createLogger, log } = await import('@/lib/logging/logger');
  // The process's logger, its lines written here by a logger made the same way (createLogger).
  const capture = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
    'info',
  );
  for (const level of ['info', 'warn', 'error'] as const) {
    vi.spyOn(log, level).mockImplementation(((...args: Parameters<typeof capture.info>) =>
      capture[level](...args)) as typeof log.info);
  }
  await (await import('@/db/migrate')).migrateDatabase();
  const { hashPassword } = await import('./password');
  const { createUser } = await import('@/db/queries/users');
  await createUser({ email: EMAIL, name: 'Ada', passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  ({ authenticate } = await import('./authenticate'));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sign-in failure log lines', () => {
  it('name the event and the masked account, never the raw email or any password typed', async () => {
    const typed = [`${PASSWORD} but wrong`, 'hunter2-hunter2', PASSWORD.toUpperCase(), 'p4ssw0rd!', 'one more', 'and one more'];
    for (const password of typed) expect((await authenticate(EMAIL, password, headers())).ok).toBe(false);
    expect((await authenticate('nobody-here@example.org', 'whatever-typed', headers())).ok).toBe(false);

    const events = lines.map((line) => JSON.parse(line) as { event: string; account?: string });
    expect(events.filter((e) => e.event === 'signin.failed').length).toBeGreaterThanOrEqual(5);
    expect(events.some((e) => e.event === 'signin.throttled')).toBe(true);
    expect(events.find((e) => e.event === 'signin.failed')!.account).toBe('a***@example.com');
    const all = lines.join('\n');
    for (const secret of [...typed, PASSWORD, 'whatever-typed']) expect(all).not.toContain(secret);
    for (const email of [EMAIL, EMAIL.toLowerCase(), 'nobody-here@example.org', 'ada.lovelace', 'nobody-here']) {
      expect(all.toLowerCase()).not.toContain(email.toLowerCase());
    }
  }, 60_000);
});
