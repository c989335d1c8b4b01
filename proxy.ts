import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from './auth.config';
import { authSecret } from './lib/auth/secret';
import { setupAccess } from './lib/auth/setup-gate';

// Proxy runs before a page streams, so what it decides carries a real HTTP status. It is the
// early answer, not the lock: every page, route handler and server action checks again on the
// server (lib/auth/session.ts, lib/auth/setup-gate.ts).

const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

// A visitor without a valid session token goes to /login, and comes back after signing in.
// (With a lazily built config, next-auth's auth(handler) hands back a promise of the handler.)
const redirectSignedOut = auth((request) => {
  if (request.auth) return NextResponse.next();
  const login = new URL('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
});

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/setup') {
    // Once an admin exists /setup is gone: a 404, where the page alone could only stream one.
    if ((await setupAccess(request.nextUrl.searchParams.get('token'))) === 'done') {
      return NextResponse.rewrite(new URL('/_not-found', request.nextUrl.origin));
    }
    return NextResponse.next();
  }
  const handler = await redirectSignedOut;
  // next-auth types the wrapper as a route handler; the context is passed through unused.
  return handler(request, { params: Promise.resolve({}) });
}

export const config = { matcher: ['/admin', '/admin/:path*', '/setup'] };
