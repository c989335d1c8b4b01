import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from './auth.config';
import { authSecret } from './lib/auth/secret';

const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

/**
 * An early, optimistic redirect: a visitor without a valid session token goes to /login before
 * any admin page renders. It is a convenience, not the lock — every admin page, route handler and
 * server action checks the session and role again on the server (lib/auth/session.ts).
 */
export const proxy = auth((request) => {
  if (request.auth) return NextResponse.next();
  const login = new URL('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
});

export const config = { matcher: ['/admin', '/admin/:path*'] };
