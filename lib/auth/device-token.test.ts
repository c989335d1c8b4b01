import { describe, expect, it } from 'vitest';
import { issueDeviceToken, verifiedDeviceId } from './device-token';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const now = Date.parse('2030-01-01T00:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('device tokens', () => {
  it('name the device for the account that signed in, and only that account', () => {
    const token = issueDeviceToken(secret, 'owner@example.com', now);
    const id = verifiedDeviceId(secret, 'owner@example.com', token, now);
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(verifiedDeviceId(secret, 'someone@example.com', token, now)).toBeNull();
  });

  it('are different for every sign-in', () => {
    const first = verifiedDeviceId(secret, 'owner@example.com', issueDeviceToken(secret, 'owner@example.com', now), now);
    const second = verifiedDeviceId(secret, 'owner@example.com', issueDeviceToken(secret, 'owner@example.com', now), now);
    expect(first).not.toBe(second);
  });

  it('do not carry the email in the clear', () => {
    expect(issueDeviceToken(secret, 'owner@example.com', now)).not.toContain('owner');
  });

  it('are refused when forged, altered, signed with another secret, or malformed', () => {
    const token = issueDeviceToken(secret, 'owner@example.com', now);
    const [issuedAt, nonce, signature] = token.split('.');
    expect(verifiedDeviceId(secret, 'owner@example.com', `${issuedAt}.${nonce}x.${signature}`, now)).toBeNull();
    expect(verifiedDeviceId(secret, 'owner@example.com', `${Number(issuedAt) + 1}.${nonce}.${signature}`, now)).toBeNull();
    expect(verifiedDeviceId(`${secret}!`, 'owner@example.com', token, now)).toBeNull();
    for (const bad of [undefined, '', 'a.b', `${token}.extra`, `x${token}`])
      expect(verifiedDeviceId(secret, 'owner@example.com', bad, now)).toBeNull();
  });

  it('expire after a year', () => {
    const token = issueDeviceToken(secret, 'owner@example.com', now);
    expect(verifiedDeviceId(secret, 'owner@example.com', token, now + 364 * day)).not.toBeNull();
    expect(verifiedDeviceId(secret, 'owner@example.com', token, now + 366 * day)).toBeNull();
    expect(verifiedDeviceId(secret, 'owner@example.com', token, now - day)).toBeNull();
  });
});
