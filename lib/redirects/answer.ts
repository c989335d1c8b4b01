import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { legacyRequestOf, type LegacyRequest } from './patterns';
import { resolveLegacyRequest } from './resolve';

/** The prebuilt 404 page: nothing rendered, nothing stored per URL (docs/caching.md, "Unknown URLs"). */
export function notFoundResponse(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL('/_not-found', request.nextUrl.origin));
}

/**
 * The response for a resolved old address, or null when there is nowhere to send it. Next makes a
 * same-host Location relative, so the browser keeps the scheme and host it used (and carries its
 * `#fragment` over when the Location has none).
 */
export async function legacyResponse(request: NextRequest, legacy: LegacyRequest): Promise<NextResponse | null> {
  const answer = await resolveLegacyRequest(legacy);
  if (answer.status === 301) return NextResponse.redirect(new URL(answer.location, request.nextUrl.origin), 301);
  if (answer.status === 410) {
    return new NextResponse(answer.message, { status: 410, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return null;
}

/**
 * proxy.ts's answer for an address the old blog used (lib/redirects/patterns.ts): a 301 to where it
 * lives now, a 410 for what Inkwell does not have, else the prebuilt 404. A request that only looks
 * like one (`/?p=abc`) goes on untouched.
 */
export async function answerLegacyPath(request: NextRequest): Promise<NextResponse> {
  const legacy = legacyRequestOf(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!legacy) return NextResponse.next();
  return (await legacyResponse(request, legacy)) ?? notFoundResponse(request);
}
