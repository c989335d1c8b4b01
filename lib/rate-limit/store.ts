import 'server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { redis } from '@/lib/redis/client';
import { log } from '@/lib/logging/logger';

export interface LimiterOptions {
  /** Distinguishes one limiter's keys from another's in a shared store. */
  keyPrefix: string;
  /** Points a key may consume within `durationSeconds`. */
  points: number;
  durationSeconds: number;
  /** How long a key stays refused once it has used up its points. */
  blockSeconds: number;
}

export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryLimiter: LimiterFactory = ({ keyPrefix, points, durationSeconds, blockSeconds }) =>
  new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds, blockDuration: blockSeconds });

/**
 * Counters in Redis, shared by every instance: a limit is per blog, not per process. No insurance
 * limiter: an in-memory fallback would silently multiply every limit by the number of instances
 * during an outage, which is exactly what sign-in lock-out must not allow. A store failure is
 * refused instead (RateLimitStoreUnavailable) and the writes that need a limit say so.
 */
export function redisLimiter(client: Redis): LimiterFactory {
  return ({ keyPrefix, points, durationSeconds, blockSeconds }) =>
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `inkwell:rl:${keyPrefix}`,
      points,
      duration: durationSeconds,
      blockDuration: blockSeconds,
      // Refuse at once while the connection is down rather than wait for a reconnect.
      rejectIfRedisNotReady: true,
    });
}

/** Counters in Redis when REDIS_URL is set, else in this process's memory (one instance). */
export const createLimiter: LimiterFactory = (options) => {
  const client = redis();
  return client ? redisLimiter(client)(options) : memoryLimiter(options);
};

/** The store behind a limit could not be reached: the request is refused, not let through. */
export class RateLimitStoreUnavailable extends Error {
  constructor(
    readonly keyPrefix: string,
    cause: unknown,
  ) {
    super('rate-limit store unavailable', { cause });
  }
}

/**
 * Turns a limiter's rejection into what it means: a RateLimiterRes (over the limit) is returned
 * to the caller; anything else is the store failing, logged and thrown as RateLimitStoreUnavailable.
 */
export function overLimit(rejection: unknown, keyPrefix: string): RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return rejection;
  log.error({ event: 'rate_limit.store_unavailable', keyPrefix, err: rejection }, 'rate limit refused: store unavailable');
  throw new RateLimitStoreUnavailable(keyPrefix, rejection);
}

// Next bundles route handlers and server actions separately; keeping limiters on globalThis
// gives every bundle in the process the same counters.
const registry = ((globalThis as { inkwellRateLimiters?: Map<string, unknown> }).inkwellRateLimiters ??= new Map());

/** One instance per name per process. */
export function processWide<T>(name: string, create: () => T): T {
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}
