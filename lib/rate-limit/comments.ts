import 'server-only';
import { env } from '@/lib/env';
import { createLimiter, overLimit, processWide, RateLimitStoreUnavailable } from './store';

const limiters = () =>
  processWide('comments', () => [
    createLimiter({ keyPrefix: 'comments-minute', points: env.COMMENT_LIMIT_PER_MINUTE, durationSeconds: 60, blockSeconds: 0 }),
    createLimiter({ keyPrefix: 'comments-hour', points: env.COMMENT_LIMIT_PER_HOUR, durationSeconds: 3600, blockSeconds: 0 }),
  ]);

export type Allowance =
  | { ok: true }
  | { ok: false; retryAfterSeconds: number }
  /** The shared counters (Redis) cannot be reached: the comment is refused, not let through. */
  | { ok: false; unavailable: true };

/** Takes one comment from this address's allowance (per minute and per hour). */
export async function consumeCommentAllowance(ipHash: string): Promise<Allowance> {
  if (env.RATE_LIMIT === 'off') return { ok: true };
  try {
    for (const limiter of limiters()) await limiter.consume(ipHash);
    return { ok: true };
  } catch (rejection) {
    try {
      const res = overLimit(rejection, 'comments');
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    } catch (error) {
      if (error instanceof RateLimitStoreUnavailable) return { ok: false, unavailable: true };
      throw error;
    }
  }
}
