import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated SQLite file: the last-admin guard lives in a transaction, so test it against one.
testDatabase('users');

let q: typeof import('./users');

beforeAll(async () => {
  q = await import('./users');
});

async function setupTokenHash() {
  const token = await (await import('@/lib/auth/setup-gate')).issueSetupToken();
  return (await import('@/lib/auth/setup-token')).hashSetupToken(token);
}

const account = (email: string, role: 'admin' | 'author') => ({ email, name: email, passwordHash: 'x', role });

describe('first-run owner', () => {
  it('is created while there is no admin, and only once', async () => {
    await q.createUser(account('writer@example.com', 'author'));
    const owner = await q.createFirstAdmin(
      { email: 'Owner@Example.com', name: 'Owner', passwordHash: 'x' },
      await setupTokenHash(),
    );
    expect(owner).toMatchObject({ ok: true, user: { email: 'owner@example.com', role: 'admin' } });
    expect(
      await q.createFirstAdmin({ email: 'second@example.com', name: 'Second', passwordHash: 'x' }, await setupTokenHash()),
    ).toEqual({ ok: false, reason: 'admin-exists' });
  });
});

describe('updateUserAccess', () => {
  it('never demotes or disables the last active admin', async () => {
    const owner = (await q.findUserByEmail('owner@example.com'))!;
    expect(await q.updateUserAccess(owner.id, { role: 'author' })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await q.updateUserAccess(owner.id, { disabled: true })).toEqual({ ok: false, reason: 'last-admin' });
    expect((await q.findUserById(owner.id))!.role).toBe('admin');
  });

  it('allows it once another active admin exists, and a disabled admin does not count', async () => {
    const owner = (await q.findUserByEmail('owner@example.com'))!;
    const other = await q.createUser(account('other-admin@example.com', 'admin'));
    expect(await q.updateUserAccess(other.id, { disabled: true })).toEqual({ ok: true });
    expect(await q.updateUserAccess(owner.id, { role: 'author' })).toEqual({ ok: false, reason: 'last-admin' });

    expect(await q.updateUserAccess(other.id, { disabled: false })).toEqual({ ok: true });
    expect(await q.updateUserAccess(owner.id, { role: 'author' })).toEqual({ ok: true });
    expect((await q.findUserById(owner.id))!.role).toBe('author');
  });

  it('changes authors freely and reports unknown accounts', async () => {
    const writer = (await q.findUserByEmail('writer@example.com'))!;
    expect(await q.updateUserAccess(writer.id, { disabled: true })).toEqual({ ok: true });
    expect((await q.findUserById(writer.id))!.disabledAt).toBeInstanceOf(Date);
    expect(await q.updateUserAccess(9999, { role: 'admin' })).toEqual({ ok: false, reason: 'not-found' });
  });
});
