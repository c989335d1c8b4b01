import 'server-only';
import { env } from '@/lib/env';
import { createLimiter, overLimit, processWide, type LimiterFactory } from './store';

export interface SignInKey {
  /** The normalized email typed, whether or not such an account exists. */
  account: string;
  ip: string;
  /** The id of the browser's device cookie, when it presents one valid for `account` (lib/auth/device-cookie.ts). */
  device?: string | null;
}

/** Allowed attempts say which limit they were counted against; `recordSuccess` needs to know. */
export type AttemptVerdict = { allowed: true; trustedDevice: boolean } | { allowed: false; retryAfterMs: number };

export interface SignInThrottle {
  /**
   * Counts an attempt before the password is checked. From a trusted device it is counted against
   * that device alone; otherwise (no device cookie, or one that failed too often) against the
   * account and the address, and refused while either is locked out.
   */
  attempt(key: SignInKey): Promise<AttemptVerdict>;
  /** Forgets the failures the allowed attempt was counted against: only failures count. */
  recordSuccess(key: SignInKey, verdict: { trustedDevice: boolean }): Promise<void>;
}

export interface SignInLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  /** Failures a trusted device may make before it is treated as untrusted. */
  maxFailuresPerDevice: number;
  windowMinutes: number;
}

/**
 * Brute-force protection for password checks. Points are consumed before the (slow) password
 * check rather than after it fails, so parallel guesses cannot all slip in before the first
 * failure is counted. Once a key is over its limit it stays refused for the whole window.
 *
 * A browser that signed in to the account before (a valid device cookie) has an allowance of its
 * own and is not held back by the account's or the address's lock-out, so nobody else's failures
 * can lock the owner out (OWASP's device cookies; docs/auth.md says why the address is skipped).
 */
export function createSignInThrottle(limits: SignInLimits, create: LimiterFactory = createLimiter): SignInThrottle {
  const seconds = limits.windowMinutes * 60;
  const byAccount = create({
    keyPrefix: 'signin-account',
    points: limits.maxFailuresPerAccount,
    durationSeconds: seconds,
    blockSeconds: seconds,
  });
  const byIp = create({
    keyPrefix: 'signin-ip',
    points: limits.maxFailuresPerIp,
    durationSeconds: seconds,
    blockSeconds: seconds,
  });
  const byDevice = create({
    keyPrefix: 'signin-device',
    points: limits.maxFailuresPerDevice,
    durationSeconds: seconds,
    blockSeconds: seconds,
  });

  return {
    async attempt({ account, ip, device }) {
      if (device) {
        try {
          await byDevice.consume(device);
          return { allowed: true, trustedDevice: true };
        } catch (rejection) {
          overLimit(rejection, 'signin-device');
          // This device failed too often: from now on it is one more untrusted browser.
        }
      }
      const results = await Promise.allSettled([byAccount.consume(account), byIp.consume(ip)]);
      let retryAfterMs = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        // The limiter rejects with a RateLimiterRes when a key is over its limit, with an Error when
        // its store fails: that throws RateLimitStoreUnavailable, and the attempt is refused.
        retryAfterMs = Math.max(retryAfterMs, overLimit(result.reason, 'signin').msBeforeNext);
      }
      return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, trustedDevice: false };
    },
    async recordSuccess({ account, ip, device }, { trustedDevice }) {
      // The account's counter is left alone after a trusted sign-in: clearing it would lift a
      // lock-out that someone else's failures earned, for every other browser too.
      if (trustedDevice && device) await byDevice.delete(device);
      else await Promise.all([byAccount.delete(account), byIp.reward(ip, 1)]);
    },
  };
}

const unlimited: SignInThrottle = {
  attempt: async () => ({ allowed: true, trustedDevice: false }),
  recordSuccess: async () => {},
};

/** The process-wide throttle configured from the environment; RATE_LIMIT=off disables it. */
export function signInThrottle(): SignInThrottle {
  if (env.RATE_LIMIT === 'off') return unlimited;
  return processWide('sign-in', () =>
    createSignInThrottle({
      maxFailuresPerAccount: env.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: env.SIGNIN_MAX_FAILURES_PER_IP,
      maxFailuresPerDevice: env.SIGNIN_MAX_FAILURES_PER_DEVICE,
      windowMinutes: env.SIGNIN_WINDOW_MINUTES,
    }),
  );
}

/** "Too many attempts, try again in N minutes", rounded up so it is never too early. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
