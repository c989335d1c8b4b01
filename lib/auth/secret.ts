import 'server-only';
import { env } from '@/lib/env';
import { readOrCreateSecret } from '@/lib/secrets';

let cached: string | undefined;

/**
 * The secret that encrypts session cookies and derives the setup token. `npm start` passes one in
 * AUTH_SECRET; `next dev` and a bare `next start` fall back to the same generated file in DATA_DIR,
 * so every way of running the app signs sessions with one stable secret.
 */
export function authSecret(): string {
  cached ??= env.AUTH_SECRET ?? readOrCreateSecret(env.DATA_DIR, 'auth-secret');
  return cached;
}
