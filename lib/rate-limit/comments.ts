import 'server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { createLimiter, processWide } from './store';

const limiters = () =>
  processWide('comments', () => [
    createLimiter({ keyPrefix: 'comments-minute', points: env.COMMENT_LIMIT_PER_MINUTE, durationSeconds: 60, blockSeconds: 0 }),
    createLimiter({ keyPrefix: 'comments-hour', points: env.COMMENT_LIMIT_PER_HOUR, durationSeconds: 3600, blockSeconds: 0 }),
  ]);

export type Allowance = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one comment from this address's allowance (per minute and per hour). */
export async function consumeCommentAllowance(ipHash: string): Promise<Allowance> {
  if (env.RATE_LIMIT === 'off') return { ok: true };
  try {
    for (const limiter of limiters()) await limiter.consume(ipHash);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}
