import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwordProblem', () => {
  it('refuses passwords under 12 characters', () => {
    expect(passwordProblem('short words')).toMatch(/at least 12/);
    expect(passwordProblem('')).toMatch(/at least 12/);
  });
  it('accepts 12 characters that are hard to guess', () => {
    expect(passwordProblem('k7pw-3qzd-m2')).toBeNull();
  });
  it('refuses passwords from the breached-password dictionary whatever their case, not only a short hand-made list', () => {
    expect(passwordProblem('qwertyuiop123')).toMatch(/too common/);
    expect(passwordProblem('QAZWSXEDCRFV')).toMatch(/too common/);
    expect(passwordProblem('leavemealone')).toMatch(/too common/);
  });
  it('refuses common passwords with a little added, and repeats', () => {
    expect(passwordProblem('password123456')).toMatch(/too easy to guess/);
    expect(passwordProblem('iloveyou1234')).toMatch(/too easy to guess/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/too easy to guess/);
  });
  it('refuses a password made of the person’s own email or name', () => {
    const them = ['olive.owner@example.com', 'Olive Owner'];
    expect(passwordProblem('olive.owner@example.com', them)).toMatch(/too easy to guess/);
    expect(passwordProblem('olive.owner@example.com')).toBeNull();
  });
  it('accepts a long uncommon passphrase and a generated temporary password', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('k7pw-3qzd-m2xh-9rtc')).toBeNull();
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
