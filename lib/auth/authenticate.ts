import 'server-only';
import { findUserByEmail, normalizeEmail } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { signInThrottle } from '@/lib/rate-limit/sign-in';
import { checkCredentials } from './credentials';
import { verifyPassword } from './password';
import { log, maskEmail } from '@/lib/logging/logger';

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Every password check goes through here — sign-in, and confirming the current password on the
 * profile page — so each one is counted against the account and the address it came from.
 */
export async function authenticate(email: string, password: string, requestHeaders: Headers): Promise<AuthenticationResult> {
  const key = { account: normalizeEmail(email), ip: clientIp(requestHeaders) };
  const throttle = signInThrottle();
  const verdict = await throttle.attempt(key);
  if (!verdict.allowed) {
    log.warn({ event: 'signin.throttled', account: maskEmail(key.account), ip: key.ip }, 'password check refused: too many failures');
    return { ok: false, reason: 'throttled', retryAfterMs: verdict.retryAfterMs };
  }
  const user = await checkCredentials(key.account, password, { findUserByEmail, verifyPassword });
  if (!user) return { ok: false, reason: 'invalid' };
  await throttle.recordSuccess(key);
  return { ok: true, user };
}
