import { describe, expect, it } from 'vitest';
import { sessionStamp, stampMatches } from './session-stamp';

const secret = 'a-test-secret-that-is-long-enough-to-use';

describe('sessionStamp', () => {
  it('matches while the password hash is unchanged', () => {
    const stamp = sessionStamp(secret, '$argon2id$v=19$one');
    expect(stampMatches(secret, '$argon2id$v=19$one', stamp)).toBe(true);
  });

  it('stops matching once the password changes', () => {
    const stamp = sessionStamp(secret, '$argon2id$v=19$one');
    expect(stampMatches(secret, '$argon2id$v=19$two', stamp)).toBe(false);
  });

  it('depends on the secret and refuses missing stamps', () => {
    expect(sessionStamp(secret, 'h')).not.toBe(sessionStamp(`${secret}-other`, 'h'));
    expect(stampMatches(secret, 'h', undefined)).toBe(false);
    expect(stampMatches(secret, 'h', '')).toBe(false);
  });
});
