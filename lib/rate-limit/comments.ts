import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';

// In-process counters. Several instances would swap these for a shared store (RateLimiterRedis or a
// libSQL-backed one): the rest of the code only sees consumeCommentAllowance.
const perMinute = new RateLimiterMemory({ keyPrefix: 'comments-minute', points: env.COMMENT_LIMIT_PER_MINUTE, duration: 60 });
const perHour = new RateLimiterMemory({ keyPrefix: 'comments-hour', points: env.COMMENT_LIMIT_PER_HOUR, duration: 3600 });

export type Allowance = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one comment from this address's allowance (per minute and per hour). */
export async function consumeCommentAllowance(ipHash: string): Promise<Allowance> {
  if (env.RATE_LIMIT === 'off') return { ok: true };
  try {
    await perMinute.consume(ipHash);
    await perHour.consume(ipHash);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}
