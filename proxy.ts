import { NextResponse, type NextRequest } from 'next/server';
import { CHANGE_PASSWORD_PATH, loginPath } from './lib/auth/callback-url';
import { openSession } from './lib/auth/session-check';
import { readSessionClaims } from './lib/auth/session-token';
import { setupAccess } from './lib/auth/setup-gate';

// Proxy runs before a page streams, so what it decides carries a real HTTP status. It is the
// early answer, not the only lock: every page, route handler and server action asks the same
// questions again on the server (lib/auth/session.ts, lib/auth/setup-gate.ts).
//
// Reader URLs are not matched here: which exist, and where old addresses go, is decided by
// scripts/serve.ts before Next sees the request (lib/reader/front-door.ts), because running any
// proxy costs Next about half a millisecond per request, as much as serving a cached page.
//
// It never writes the session cookie. next-auth's `auth()` wrapper would re-issue it on every
// response, and a router prefetch answered after "Sign out" cleared the cookie set it again.

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/setup') {
    // Once an admin exists /setup is gone: a 404, where the page alone could only stream one.
    if ((await setupAccess(request.nextUrl.searchParams.get('token'))) === 'done') {
      return NextResponse.rewrite(new URL('/_not-found', request.nextUrl.origin));
    }
    return NextResponse.next();
  }
  // Next's matchers also take `<path>.json` (`/admin` matches `/admin.json`): only /admin is checked below.
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
  matcher: ['/admin', '/admin/:path*', '/setup'],
};
