import 'server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { createLimiter, processWide, type LimiterFactory } from './store';

export interface SignInKey {
  /** The normalized email typed, whether or not such an account exists. */
  account: string;
  ip: string;
}

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface SignInThrottle {
  /** Counts an attempt before the password is checked; refuses it while the account or the address is locked out. */
  attempt(key: SignInKey): Promise<AttemptVerdict>;
  /** Forgets the account's failures and gives the address its point back: only failures count. */
  recordSuccess(key: SignInKey): Promise<void>;
}

export interface SignInLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
}

/**
 * Brute-force protection for password checks. Points are consumed before the (slow) password
 * check rather than after it fails, so parallel guesses cannot all slip in before the first
 * failure is counted. Once a key is over its limit it stays refused for the whole window.
 */
export function createSignInThrottle(limits: SignInLimits, create: LimiterFactory = createLimiter): SignInThrottle {
  const seconds = limits.windowMinutes * 60;
  const byAccount = create({ keyPrefix: 'signin-account', points: limits.maxFailuresPerAccount, durationSeconds: seconds, blockSeconds: seconds });
  const byIp = create({ keyPrefix: 'signin-ip', points: limits.maxFailuresPerIp, durationSeconds: seconds, blockSeconds: seconds });

  return {
    async attempt({ account, ip }) {
      const results = await Promise.allSettled([byAccount.consume(account), byIp.consume(ip)]);
      let retryAfterMs = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        // The limiter rejects with a RateLimiterRes when a key is over its limit, with an Error when its store fails.
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
      }
      return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
    },
    async recordSuccess({ account, ip }) {
      await Promise.all([byAccount.delete(account), byIp.reward(ip, 1)]);
    },
  };
}

const unlimited: SignInThrottle = {
  attempt: async () => ({ allowed: true }),
  recordSuccess: async () => {},
};

/** The process-wide throttle configured from the environment; RATE_LIMIT=off disables it. */
export function signInThrottle(): SignInThrottle {
  if (env.RATE_LIMIT === 'off') return unlimited;
  return processWide('sign-in', () =>
    createSignInThrottle({
      maxFailuresPerAccount: env.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: env.SIGNIN_MAX_FAILURES_PER_IP,
      windowMinutes: env.SIGNIN_WINDOW_MINUTES,
    }),
  );
}

/** "Too many attempts, try again in N minutes", rounded up so it is never too early. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
