import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authConfig } from './auth.config';
import { authenticate } from './lib/auth/authenticate';
import { rememberDevice } from './lib/auth/device-cookie';
import { TooManyAttempts } from './lib/auth/errors';
import { authSecret } from './lib/auth/secret';
import { sessionStamp } from './lib/auth/session-stamp';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  // argon2 accepts any length; a cap keeps a megabyte "password" from costing more than a real one.
  password: z.string().min(1).max(1024),
});

// Lazy, so the secret (possibly a generated file in DATA_DIR) is read on first use, not at import.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
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
        };
      },
    }),
  ],
}));
