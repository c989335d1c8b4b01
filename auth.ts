import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authConfig } from './auth.config';
import { authenticate } from './lib/auth/authenticate';
import { rememberDevice } from './lib/auth/device-cookie';
import { SignInUnavailable, TooManyAttempts } from './lib/auth/errors';
import { authSecret } from './lib/auth/secret';
import { revokeSession } from './db/queries/sessions';
import { openSession } from './lib/auth/session-check';
import { sessionStamp } from './lib/auth/session-stamp';
import { claimsFromToken, newSessionId } from './lib/auth/session-token';
import { log } from './lib/logging/logger';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  // argon2 accepts any length; a cap keeps a megabyte "password" from costing more than a real one.
  password: z.string().min(1).max(1024),
});

// Lazy, so the secret (possibly a generated file in DATA_DIR) is read on first use, not at import.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  callbacks: {
    ...authConfig.callbacks,
    // next-auth's /api/auth/session re-issues the cookie of any token it can decrypt. A session
    // that has ended (signed out, account disabled, password changed) gets its cookie cleared
    // instead, so that endpoint can never bring it back.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token;
      return (await openSession(claimsFromToken(token))) ? token : null;
    },
  },
  events: {
    // Through the sign-out button and next-auth's own /api/auth/signout alike: the session id is
    // recorded, so a copy of the token is refused too, not only this browser's cookie deleted.
    async signOut(message) {
      const claims = 'token' in message ? claimsFromToken(message.token) : null;
      if (!claims) return;
      await revokeSession(claims.sessionId, claims.expiresAt);
      log.info({ event: 'auth.signed_out', userId: claims.userId }, 'session ended');
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      // Reached from the sign-in action and from next-auth's own /api/auth/callback/credentials:
      // both pass through the same throttle and the same checks.
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.email, parsed.data.password, request.headers);
        if (!result.ok) {
          if (result.reason === 'throttled') throw new TooManyAttempts(result.retryAfterMs);
          if (result.reason === 'unavailable') throw new SignInUnavailable();
          return null;
        }
        const { user } = result;
        // From now on this browser is trusted for this account: others' failures cannot lock it out.
        await rememberDevice(user.email, request.headers);
        return {
          id: String(user.id),
          name: user.name,
          email: user.email,
          role: user.role,
          stamp: sessionStamp(authSecret(), user.passwordHash),
          sid: newSessionId(),
        };
      },
    }),
  ],
}));
