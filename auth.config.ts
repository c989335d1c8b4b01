import type { NextAuthConfig } from 'next-auth';
import { log } from './lib/logging/logger';
import { SESSION_MAX_AGE_SECONDS } from './lib/auth/session-token';

/**
 * The part of the next-auth configuration that needs no database (pages, session, callbacks);
 * auth.ts adds the Credentials provider and what needs one. See docs/auth.md.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  // JWT sessions: the token names the user and the session; every request re-reads both
  // (lib/auth/session-check.ts), so signing out, disabling an account or changing its password
  // takes effect at once.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Inkwell is served on whatever address it is reached at (see lib/site-url.ts); next-auth builds
  // its URLs from the request instead of a fixed AUTH_URL. Cookies get `Secure` over https.
  trustHost: true,
  providers: [],
  callbacks: {
    // `user` is set only at sign-in. Updates posted to /api/auth/session are ignored on purpose:
    // nothing a client sends may change the role, stamp or session id a token carries.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.stamp = user.stamp;
        token.sid = user.sid;
        // Fixed at sign-in: however often next-auth re-issues the cookie, the session ends
        // SESSION_MAX_AGE_SECONDS after this (lib/auth/session-token.ts).
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role;
      return session;
    },
  },
  logger: {
    // A wrong password is routine (and counted by the throttle); anything else is worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      log.error({ event: 'auth.error', err: error }, 'next-auth reported an error');
    },
  },
} satisfies NextAuthConfig;
