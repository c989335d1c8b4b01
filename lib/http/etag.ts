import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';

interface TaggedBody {
  body: Buffer;
  etag: string;
}

const tag = (body: Buffer) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * The bytes and tag of the pages sent lately, by their text. A cached page is the same string on
 * every request, and encoding and hashing a 318 KB post with 50 comments was a fifth of the CPU
 * its request cost. Keyed by the content itself, so an entry can never be stale; bounded in bytes.
 */
const recentBodies = new LRUCache<string, TaggedBody>({
  maxSize: 8 * 1024 * 1024,
  // The text is kept too (up to two bytes a character), as long as its entry is.
  sizeCalculation: ({ body }, text) => body.byteLength + text.length * 2,
});
/** Below this a body is encoded and hashed afresh: cheaper than keeping it. */
const REMEMBERED_FROM_CHARS = 16 * 1024;

/** A whole body as bytes with its ETag; the same text gives back the same Buffer while remembered. */
export function taggedBody(chunk: string | Buffer, encoding: BufferEncoding = 'utf8'): TaggedBody {
  if (Buffer.isBuffer(chunk)) return { body: chunk, etag: tag(chunk) };
  const remembered = encoding === 'utf8' && chunk.length >= REMEMBERED_FROM_CHARS;
  const known = remembered ? recentBodies.get(chunk) : undefined;
  if (known) return known;
  const body = Buffer.from(chunk, encoding);
  const tagged = { body, etag: tag(body) };
  if (remembered) recentBodies.set(chunk, tagged);
  return tagged;
}

/**
 * ETags for responses sent whole, and a 304 when the browser already has that version. Weak
 * (`W/`): the tag names the page, and the bytes differ with the compression each browser gets.
 *
 * Next can do this itself (`generateEtags`), but it hashes every cached page again on every
 * request with FNV-1a written in JavaScript, one character at a time: 0.66 ms for a 70 KB post,
 * a third of the CPU that page costs to serve. SHA-1 in native code takes 0.06 ms (measured in
 * docs/performance.md). So next.config.ts turns Next's off and scripts/serve.ts calls this.
 *
 * Only a body handed to `end()` in one piece is tagged: that is how Next sends a cached page and
 * a route handler's small answers. A streamed response (a page rendered on request, a download)
 * has already sent its headers when it ends, so it goes untagged, as with Next's own. Call it
 * after compression has wrapped the response, so that the tag is set before compression writes the
 * headers (scripts/serve.ts).
 */
export function sendWithEtag(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET') return;
  const end = response.end;
  response.end = function endWithEtag(this: ServerResponse, ...args: unknown[]) {
    const [chunk] = args;
    const whole = typeof chunk === 'string' || Buffer.isBuffer(chunk);
    if (whole && !this.headersSent && this.statusCode === 200 && !this.hasHeader('ETag')) {
      // Encoded once, for the hash and for the socket (a string would be encoded twice).
      const encoding = typeof args[1] === 'string' ? (args[1] as BufferEncoding) : 'utf8';
      const { body, etag } = taggedBody(chunk, encoding);
      args[0] = body;
      if (typeof args[1] === 'string') args[1] = undefined;
      this.setHeader('ETag', etag);
      if (fresh(request.headers, { etag })) {
        this.statusCode = 304;
        for (const name of ['Content-Type', 'Content-Length', 'Transfer-Encoding']) this.removeHeader(name);
        const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        return end.apply(this, (callback ? [callback] : []) as unknown as Parameters<ServerResponse['end']>);
      }
    }
    return end.apply(this, args as Parameters<ServerResponse['end']>);
  } as ServerResponse['end'];
}
