import { describe, expect, it } from 'vitest';
import { isAllowedLinkHref, isWebUrl, normalizeLinkInput, stripTrackingParams } from './links';

describe('isAllowedLinkHref', () => {
  it.each(['https://example.com', 'http://example.com/a?b#c', 'mailto:me@example.com', '/posts/x', '#quote-1', '../a', 'page'])(
    'allows %s',
    (href) => expect(isAllowedLinkHref(href)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com',
    '//evil.example',
    '/\\evil.example',
    'https:',
    '',
    '   ',
  ])('refuses %j', (href) => expect(isAllowedLinkHref(href)).toBe(false));
});

describe('normalizeLinkInput', () => {
  it('adds https to a bare domain and mailto to an address', () => {
    expect(normalizeLinkInput('example.com/page')).toBe('https://example.com/page');
    expect(normalizeLinkInput('example.com:8080')).toBe('https://example.com:8080');
    expect(normalizeLinkInput('someone@example.com')).toBe('mailto:someone@example.com');
  });

  it('keeps allowed links as typed and refuses the rest', () => {
    expect(normalizeLinkInput(' https://example.com ')).toBe('https://example.com');
    expect(normalizeLinkInput('mailto:a@example.com')).toBe('mailto:a@example.com');
    expect(normalizeLinkInput('/about')).toBe('/about');
    expect(normalizeLinkInput('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkInput('data:text/html,x')).toBeNull();
    expect(normalizeLinkInput('')).toBeNull();
  });
});

describe('isWebUrl', () => {
  it('accepts only absolute http(s) addresses', () => {
    expect(isWebUrl('https://news.example/story')).toBe(true);
    expect(isWebUrl('/relative')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('mailto:a@b.c')).toBe(false);
  });
});

describe('stripTrackingParams', () => {
  it('removes campaign and click identifiers and keeps the rest', () => {
    expect(stripTrackingParams('https://news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=z#p')).toBe(
      'https://news.example/a?id=7#p',
    );
  });

  it('leaves other links untouched', () => {
    expect(stripTrackingParams('https://news.example/a?id=7')).toBe('https://news.example/a?id=7');
    expect(stripTrackingParams('/local?utm_source=x')).toBe('/local?utm_source=x');
  });
});
