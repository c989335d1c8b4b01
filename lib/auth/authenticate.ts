import 'server-only';
import { findUserByEmail, normalizeEmail } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { signInThrottle } from '@/lib/rate-limit/sign-in';
import { RateLimitStoreUnavailable } from '@/lib/rate-limit/store';
import { checkCredentials } from './credentials';
import { trustedDeviceId } from './device-cookie';
import { verifyPassword } from './password';
import { log, maskEmail } from '@/lib/logging/logger';

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number }
  /** The shared counters (Redis) cannot be reached: no password is checked uncounted. */
  | { ok: false; reason: 'unavailable' };

/**
 * Every password check goes through here — sign-in, and confirming the current password on the
 * profile page — so each one is counted: against the browser's device cookie when it has one for
 * this account, else against the account and the address it came from.
 */
export async function authenticate(email: string, password: string, requestHeaders: Headers): Promise<AuthenticationResult> {
  const account = normalizeEmail(email);
  const key = { account, ip: clientIp(requestHeaders), device: trustedDeviceId(account, requestHeaders) };
  const throttle = signInThrottle();
  let verdict;
  try {
    verdict = await throttle.attempt(key);
  } catch (error) {
    if (error instanceof RateLimitStoreUnavailable) return { ok: false, reason: 'unavailable' };
    throw error;
  }
  if (!verdict.allowed) {
    log.warn({ event: 'signin.throttled', account: maskEmail(account), ip: key.ip }, 'password check refused: too many failures');
    return { ok: false, reason: 'throttled', retryAfterMs: verdict.retryAfterMs };
  }
  const user = await checkCredentials(account, password, { findUserByEmail, verifyPassword });
  const trusted = key.device !== null;
  if (!user) {
    log.info(
      { event: 'signin.failed', account: maskEmail(account), ip: key.ip, trustedDevice: trusted },
      'password check failed',
    );
    return { ok: false, reason: 'invalid' };
  }
  // Forgetting the failures can wait for Redis: the password was right, and was counted.
  await throttle.recordSuccess(key, verdict).catch((error: unknown) => {
    log.warn({ event: 'signin.forget_failures_failed', err: error }, 'could not clear sign-in failures');
  });
  log.info({ event: 'signin.succeeded', userId: user.id, ip: key.ip, trustedDevice: trusted }, 'password check passed');
  return { ok: true, user };
}
