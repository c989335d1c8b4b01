import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the next-auth configuration that needs no database: proxy.ts builds its optimistic
 * check from it alone, auth.ts adds the Credentials provider. See docs/auth.md.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  // JWT sessions: no session table. The token names the user; every request re-reads that user
  // (lib/auth/session.ts), so disabling an account or changing its password takes effect at once.
  session: { strategy: 'jwt', maxAge: 14 * 24 * 60 * 60 },
  // Inkwell is served on whatever address it is reached at (see lib/site-url.ts); next-auth builds
  // its URLs from the request instead of a fixed AUTH_URL. Cookies get `Secure` over https.
  trustHost: true,
  providers: [],
  callbacks: {
    // `user` is set only at sign-in. Updates posted to /api/auth/session are ignored on purpose:
    // nothing a client sends may change the role or stamp a token carries.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.stamp = user.stamp;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role;
      session.stamp = token.stamp;
      return session;
    },
  },
  logger: {
    // A wrong password is routine (and counted by the throttle); anything else is worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
