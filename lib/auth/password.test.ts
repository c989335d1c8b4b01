import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwordProblem', () => {
  it('refuses passwords under 10 characters', () => {
    expect(passwordProblem('short1234')).toMatch(/at least 10/);
    expect(passwordProblem('')).toMatch(/at least 10/);
  });
  it('accepts exactly 10 characters', () => {
    expect(passwordProblem('tenchars!x')).toBeNull();
  });
  it('refuses common passwords whatever their case', () => {
    expect(passwordProblem('Password123')).toMatch(/too common/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/too common/);
    expect(passwordProblem('1234567890')).toMatch(/too common/);
  });
  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
  });
});

describe('hashPassword', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hashed = await hashPassword('a long passphrase');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hashed, 'a long passphrase')).toBe(true);
    expect(await verifyPassword(hashed, 'another passphrase')).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('a long passphrase')).not.toBe(await hashPassword('a long passphrase'));
  });
  it('treats a malformed stored hash as a mismatch rather than an error', async () => {
    expect(await verifyPassword('not-a-hash', 'a long passphrase')).toBe(false);
  });
});
