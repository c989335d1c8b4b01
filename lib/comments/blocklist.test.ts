import { describe, expect, it } from 'vitest';
import { isBlocked, parseBlocklist, withBlocked } from './blocklist';

describe('blocklist', () => {
  it('blocks by email whatever its case, or by address hash', () => {
    const list = withBlocked(parseBlocklist(undefined), { email: 'Spam@Example.com', ipHash: 'h1' });
    expect(isBlocked(list, { email: 'spam@example.com', ipHash: null })).toBe(true);
    expect(isBlocked(list, { email: null, ipHash: 'h1' })).toBe(true);
    expect(isBlocked(list, { email: 'other@example.com', ipHash: 'h2' })).toBe(false);
  });
  it('adds each commenter once and survives a damaged setting', () => {
    const once = withBlocked(parseBlocklist('garbage'), { email: null, ipHash: 'h1' });
    expect(withBlocked(once, { email: null, ipHash: 'h1' })).toEqual({ emails: [], ipHashes: ['h1'] });
  });
});
