import 'server-only';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

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

/**
 * Where counters live. In this process's memory for now: one Node process serves the blog.
 * To run several instances, return a store-backed limiter here instead (rate-limiter-flexible's
 * RateLimiterRedis, RateLimiterPostgres, …) — same interface, so nothing else changes.
 */
export const createLimiter: LimiterFactory = ({ keyPrefix, points, durationSeconds, blockSeconds }) =>
  new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds, blockDuration: blockSeconds });

// Next bundles route handlers and server actions separately; keeping limiters on globalThis
// gives every bundle in the process the same counters.
const registry = ((globalThis as { inkwellRateLimiters?: Map<string, unknown> }).inkwellRateLimiters ??= new Map());

/** One instance per name per process. */
export function processWide<T>(name: string, create: () => T): T {
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}
