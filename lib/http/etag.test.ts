import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWithEtag, taggedBody } from './etag';

const PAGE = '<!DOCTYPE html><p>' + 'A “quoted” passage — café. '.repeat(400) + '</p>';

// A real server, wired as scripts/serve.ts wires it: compression first, then the ETag.
let server: Server;
let base: string;
beforeAll(async () => {
  const compress = compression();
  server = createServer((request, response) => {
    compress(request as never, response as never, () => {
      sendWithEtag(request, response);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (request.url === '/streamed') {
        response.write(PAGE.slice(0, 100));
        response.end(PAGE.slice(100));
      } else if (request.url === '/missing') {
        response.statusCode = 404;
        response.end(PAGE);
      } else {
        response.end(PAGE);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// node:http, not fetch: fetch marks a request it makes conditional itself as not to be served from a cache.
function conditionalGet(path: string, etag: string): Promise<{ status: number; etag: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers: { 'If-None-Match': etag } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, etag: response.headers.etag, body }));
    }).on('error', reject);
  });
}

describe('sendWithEtag', () => {
  it('tags a page sent whole, and answers 304 with no body when the browser has that version', async () => {
    const first = await fetch(`${base}/`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(await first.text()).toBe(PAGE);

    expect(await conditionalGet('/', etag!)).toEqual({ status: 304, etag, body: '' });
  });

  it('sends the page again when the browser has another version', async () => {
    const response = await conditionalGet('/', 'W/"an-older-version"');
    expect(response.status).toBe(200);
    expect(response.body).toBe(PAGE);
  });

  it('gives the same tag to the compressed and the plain response', async () => {
    const plain = await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'identity' } });
    const compressed = await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('etag')).toBe(plain.headers.get('etag'));
  });

  it('leaves streamed responses, errors and other methods untagged', async () => {
    expect((await fetch(`${base}/streamed`)).headers.get('etag')).toBeNull();
    expect((await fetch(`${base}/missing`)).headers.get('etag')).toBeNull();
    expect((await fetch(`${base}/`, { method: 'POST' })).headers.get('etag')).toBeNull();
  });
});

describe('taggedBody', () => {
  // Long enough to be remembered (a post page is tens of KB).
  const LONG_PAGE = PAGE.repeat(3);

  it('encodes and hashes a page once while it is sent again and again', () => {
    const first = taggedBody(LONG_PAGE);
    const again = taggedBody(`${LONG_PAGE}`);
    expect(again.body).toBe(first.body);
    expect(first.body.toString('utf8')).toBe(LONG_PAGE);
  });

  it('tells apart two pages of the same length', () => {
    const other = `${LONG_PAGE.slice(0, 100)}${LONG_PAGE[100] === 'x' ? 'y' : 'x'}${LONG_PAGE.slice(101)}`;
    expect(other.length).toBe(LONG_PAGE.length);
    expect(taggedBody(other).etag).not.toBe(taggedBody(LONG_PAGE).etag);
    expect(taggedBody(other).body.toString('utf8')).toBe(other);
  });
});
