import { describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { checkCredentials, type CredentialLookups } from './credentials';
import { hashPassword, verifyPassword } from './password';

async function userWith(password: string, overrides: Partial<User> = {}): Promise<User> {
  return {
    id: 7,
    email: 'ada@example.com',
    name: 'Ada',
    bio: '',
    passwordHash: await hashPassword(password),
    role: 'author',
    disabledAt: null,
    mustChangePassword: false,
    createdAt: new Date(0),
    ...overrides,
  };
}

function lookups(user: User | null): CredentialLookups {
  return { findUserByEmail: async () => user, verifyPassword: vi.fn(verifyPassword) };
}

describe('checkCredentials', () => {
  it('returns the account for the right password', async () => {
    const user = await userWith('a long passphrase');
    expect(await checkCredentials('ada@example.com', 'a long passphrase', lookups(user))).toBe(user);
  });

  it('refuses a wrong password', async () => {
    const user = await userWith('a long passphrase');
    expect(await checkCredentials('ada@example.com', 'another passphrase', lookups(user))).toBeNull();
  });

  it('still runs a full argon2id verification when the email is unknown', async () => {
    const deps = lookups(null);
    expect(await checkCredentials('nobody@example.com', 'a long passphrase', deps)).toBeNull();
    expect(deps.verifyPassword).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.verifyPassword).mock.calls[0][0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a disabled account even with its right password, after the same work', async () => {
    const deps = lookups(await userWith('a long passphrase', { disabledAt: new Date() }));
    expect(await checkCredentials('ada@example.com', 'a long passphrase', deps)).toBeNull();
    expect(deps.verifyPassword).toHaveBeenCalledTimes(1);
  });
});
