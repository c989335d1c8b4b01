import { describe, expect, it } from 'vitest';
import { loginPath, safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeCallbackPath('/admin/users')).toBe('/admin/users');
    expect(safeCallbackPath('/admin/posts?page=2')).toBe('/admin/posts?page=2');
  });

  it('refuses other origins, however they are spelled', () => {
    for (const evil of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'evil.example',
    ]) {
      expect(safeCallbackPath(evil)).toBe('/admin');
    }
  });

  it('falls back to the dashboard when there is nothing usable', () => {
    expect(safeCallbackPath(undefined)).toBe('/admin');
    expect(safeCallbackPath('')).toBe('/admin');
    expect(safeCallbackPath('/login?callbackUrl=/admin')).toBe('/admin');
  });
});

describe('loginPath', () => {
  it('encodes where to return', () => {
    expect(loginPath('/admin/settings')).toBe('/login?callbackUrl=%2Fadmin%2Fsettings');
  });
});
