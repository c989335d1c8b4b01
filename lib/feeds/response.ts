import fresh from 'fresh';
import { taggedBody } from '@/lib/http/etag';
import { feedContentType, type FeedFormat } from './formats';

/**
 * A feed as an HTTP response, with the Content-Type feed readers expect and an ETag, so that a
 * reader polling every few minutes is answered 304 with no body while nothing changed. The tag is
 * the feed's own bytes (lib/http/etag.ts). No Last-Modified: the newest entry's date does not move
 * when the blog's title changes or the newest post is deleted, and a reader asking "modified
 * since?" would keep a stale feed.
 */
export function feedResponse(format: FeedFormat, text: string, request: Request): Response {
  const { body, etag } = taggedBody(text);
  const asked = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'cache-control': request.headers.get('cache-control') ?? undefined,
  };
  if (fresh(asked, { etag })) return new Response(null, { status: 304, headers: { ETag: etag } });
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': feedContentType(format), ETag: etag },
  });
}
