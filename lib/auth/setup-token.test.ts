import { describe, expect, it } from 'vitest';
import { deriveSetupToken, isSetupToken, setupUrl } from './setup-token';

const secret = 'a-test-secret-that-is-long-enough-to-use';

describe('setup token', () => {
  it('is stable for a secret and long enough not to be guessed', () => {
    expect(deriveSetupToken(secret)).toBe(deriveSetupToken(secret));
    expect(deriveSetupToken(secret).length).toBeGreaterThanOrEqual(40);
    expect(deriveSetupToken(secret)).not.toBe(deriveSetupToken(`${secret}-other`));
  });

  it('accepts only the exact token', () => {
    const token = deriveSetupToken(secret);
    expect(isSetupToken(secret, token)).toBe(true);
    expect(isSetupToken(secret, token.slice(1))).toBe(false);
    expect(isSetupToken(secret, `${token}x`)).toBe(false);
    expect(isSetupToken(secret, undefined)).toBe(false);
    expect(isSetupToken(secret, '')).toBe(false);
  });

  it('builds the link the server prints', () => {
    expect(setupUrl('http://localhost:3000', 'abc-_1')).toBe('http://localhost:3000/setup?token=abc-_1');
  });
});
