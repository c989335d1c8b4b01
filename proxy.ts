import { NextResponse, type NextRequest } from 'next/server';
import { CHANGE_PASSWORD_PATH, loginPath } from './lib/auth/callback-url';
import { openSession } from './lib/auth/session-check';
import { readSessionClaims } from './lib/auth/session-token';
import { setupAccess } from './lib/auth/setup-gate';
import { gateReaderPath, isGatedReaderPath } from './lib/reader/path-gate';
import { answerLegacyPath } from './lib/redirects/answer';
import { isLegacyCandidate } from './lib/redirects/patterns';

// Proxy runs before a page streams, so what it decides carries a real HTTP status. It is the
// early answer, not the only lock: every page, route handler and server action asks the same
// questions again on the server (lib/auth/session.ts, lib/auth/setup-gate.ts).
//
// It never writes the session cookie. next-auth's `auth()` wrapper would re-issue it on every
// response, and a router prefetch answered after "Sign out" cleared the cookie set it again.

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

export async function proxy(request: NextRequest) {
  // Addresses of the old blog (Blogger, WordPress): a 301 to where each lives now (docs/redirects.md).
  if (isLegacyCandidate(request.nextUrl.pathname, request.nextUrl.searchParams)) return answerLegacyPath(request);
  // Reader URLs with a slug or page number in them: unknown ones are a 404 before anything renders.
  if (isGatedReaderPath(request.nextUrl.pathname)) return gateReaderPath(request);
  if (request.nextUrl.pathname === '/setup') {
    // Once an admin exists /setup is gone: a 404, where the page alone could only stream one.
    if ((await setupAccess(request.nextUrl.searchParams.get('token'))) === 'done') {
      return NextResponse.rewrite(new URL('/_not-found', request.nextUrl.origin));
    }
    return NextResponse.next();
  }
  // Next's matchers also take `<path>.json` (`/feed` matches `/feed.json`): only /admin is checked below.
  if (!isAdminPath(request.nextUrl.pathname)) return NextResponse.next();
  // A visitor without a live session goes to /login, and comes back after signing in; one with a
  // temporary password goes to replace it first.
  const session = await openSession(await readSessionClaims(request.headers));
  if (session?.mustChangePassword) return NextResponse.redirect(new URL(CHANGE_PASSWORD_PATH, request.nextUrl.origin));
  if (session) return NextResponse.next();
  return NextResponse.redirect(
    new URL(loginPath(`${request.nextUrl.pathname}${request.nextUrl.search}`), request.nextUrl.origin),
  );
}

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/setup',
    '/posts/:path+',
    '/labels/:path+',
    '/page/:path+',
    '/archive/:path+',
    // Old blogs' addresses (lib/redirects/patterns.ts): only these reach the redirects table. The
    // home page is matched only with WordPress's `?p=`, `?page_id=` or `?feed=`, so `/` never pays.
    '/:year(\\d{4})/:path*',
    '/p/:path+',
    '/feeds/:path*',
    '/feed/:path*',
    '/rss.xml',
    '/comments/feed/:path*',
    '/search/label/:path+',
    '/category/:path+',
    '/tag/:path+',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'feed' }] },
  ],
};
