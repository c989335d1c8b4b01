import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and inline script elements, never inline handlers or other origins', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    for (const [name, value] of [
      ['object-src', "'none'"],
      ['base-uri', "'self'"],
      ['frame-ancestors', "'none'"],
      ['form-action', "'self'"],
      ['default-src', "'self'"],
    ]) {
      expect(policy.get(name), name).toEqual([value]);
    }
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
    expect(directives(contentSecurityPolicy({ development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('holds no hash or nonce: either would switch off the inline scripts prerendered pages need', () => {
    expect(contentSecurityPolicy()).not.toMatch(/'(sha256|sha384|sha512|nonce)-/);
  });
});

describe('securityHeaders', () => {
  it('names each header once', () => {
    const keys = securityHeaders().map((h) => h.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ]),
    );
  });
});
