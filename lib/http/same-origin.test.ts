import { describe, expect, it } from 'vitest';
import { httpOrigin, isCrossSiteRequest, originOfRequest, refuseCrossSiteRequest } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('originOfRequest', () => {
  it('is the Host the request reached, or the proxy’s forwarded host and protocol', () => {
    expect(originOfRequest(headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(
      originOfRequest(headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'blog.example.com', 'x-forwarded-proto': 'https' })),
    ).toBe('https://blog.example.com');
    expect(
      originOfRequest(
        headers({ host: 'a', 'x-forwarded-host': 'blog.example.com:443, inner', 'x-forwarded-proto': 'https, http' }),
      ),
    ).toBe('https://blog.example.com');
    expect(originOfRequest(headers({}))).toBeNull();
  });
});

describe('httpOrigin', () => {
  it('is the origin of an http(s) URL and null for anything else', () => {
    expect(httpOrigin('https://blog.example.com/posts/x?y=1')).toBe('https://blog.example.com');
    expect(httpOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    for (const other of ['null', 'file:///etc/passwd', 'javascript:alert(1)', '']) expect(httpOrigin(other)).toBeNull();
  });
});

describe('isCrossSiteRequest', () => {
  const site = { host: 'blog.example.com' };

  it('accepts a request from a page of this site', () => {
    expect(isCrossSiteRequest(headers({ ...site, origin: 'http://blog.example.com', 'sec-fetch-site': 'same-origin' }))).toBe(
      false,
    );
    expect(isCrossSiteRequest(headers({ ...site, origin: 'http://blog.example.com:80' }))).toBe(false);
  });

  it('accepts a client that is not a browser (no Origin, no Sec-Fetch-Site): it carries no victim’s cookies', () => {
    expect(isCrossSiteRequest(headers(site))).toBe(false);
  });

  it('refuses another origin, another port or scheme, an opaque origin, and what the browser calls cross-site or same-site', () => {
    expect(isCrossSiteRequest(headers({ ...site, origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ ...site, origin: 'http://blog.example.com:8080' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ ...site, origin: 'https://blog.example.com' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ ...site, origin: 'null' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ ...site, 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ ...site, 'sec-fetch-site': 'same-site', origin: 'http://blog.example.com' }))).toBe(true);
  });

  it('compares with the forwarded origin behind a proxy', () => {
    const proxied = { host: '127.0.0.1:3000', 'x-forwarded-host': 'blog.example.com', 'x-forwarded-proto': 'https' };
    expect(isCrossSiteRequest(headers({ ...proxied, origin: 'https://blog.example.com' }))).toBe(false);
    expect(isCrossSiteRequest(headers({ ...proxied, origin: 'http://127.0.0.1:3000' }))).toBe(true);
  });
});

describe('refuseCrossSiteRequest', () => {
  it('answers 403 to a cross-site request and nothing to a same-origin one', async () => {
    const forged = new Request('http://blog.example.com/api/views', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    const refused = refuseCrossSiteRequest(forged);
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: 'Requests from other sites are not accepted.' });
    const own = new Request('http://blog.example.com/api/views', {
      method: 'POST',
      headers: { origin: 'http://blog.example.com', host: 'blog.example.com' },
    });
    expect(refuseCrossSiteRequest(own)).toBeNull();
  });
});
