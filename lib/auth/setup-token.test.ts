import { describe, expect, it } from 'vitest';
import { hashSetupToken, newSetupToken, setupUrl } from './setup-token';

describe('setup token', () => {
  it('is random and long enough not to be guessed', () => {
    const token = newSetupToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(newSetupToken()).not.toBe(token);
  });

  it('is stored as a hash that differs for any other token', () => {
    const token = newSetupToken();
    expect(hashSetupToken(token)).toBe(hashSetupToken(token));
    expect(hashSetupToken(token)).not.toContain(token);
    expect(hashSetupToken(token.slice(1))).not.toBe(hashSetupToken(token));
  });

  it('builds the link the server prints', () => {
    expect(setupUrl('http://localhost:3000', 'abc-_1')).toBe('http://localhost:3000/setup?token=abc-_1');
  });
});
