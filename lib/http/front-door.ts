import type { IncomingMessage, ServerResponse } from 'node:http';
import { frontDoorAnswer } from '@/lib/reader/front-door';
import { securityHeaders, strictTransportSecurity } from '@/lib/security/headers';

const NOT_FOUND_PAGE = '/_not-found';

/** The headers next.config.ts gives every response Next sends, for the few answered here. */
function ownHeaders(request: IncomingMessage, development: boolean): Record<string, string> {
  const headers = Object.fromEntries(securityHeaders({ development }).map(({ key, value }) => [key, value]));
  // scripts/serve.ts has already dropped X-Forwarded-Proto unless a trusted proxy sent it.
  const proto = request.headers['x-forwarded-proto'];
  if (typeof proto === 'string' && /^https\s*(,|$)/.test(proto))
    headers[strictTransportSecurity.key] = strictTransportSecurity.value;
  return headers;
}

/**
 * Answers a request the front door decides (lib/reader/front-door.ts) and returns true, or returns
 * false for Next to handle it — after pointing it at the prebuilt 404 page when the URL names
 * nothing, so Next sends that page with its 404 status and renders nothing.
 */
export async function answeredAtFrontDoor(
  request: IncomingMessage,
  response: ServerResponse,
  { development }: { development: boolean },
): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://inkwell.invalid');
  const answer = await frontDoorAnswer(url.pathname, url.searchParams);
  switch (answer.kind) {
    case 'next':
      return false;
    case 'not-found':
      request.url = NOT_FOUND_PAGE;
      return false;
    case 'redirect':
      // A same-host Location stays relative: the browser keeps its scheme and host, and carries
      // its `#fragment` over when the Location has none.
      response.writeHead(301, { ...ownHeaders(request, development), Location: answer.location });
      response.end();
      return true;
    case 'gone':
      response.writeHead(410, { ...ownHeaders(request, development), 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(answer.message);
      return true;
  }
}
