import 'server-only';
import { Redis } from 'ioredis';
import { env } from '@/lib/env';
import { log } from '@/lib/logging/logger';

/**
 * The process's one connection to REDIS_URL, or null when it is unset (one instance: everything
 * stays in this process). ioredis reconnects on its own, forever, with a capped backoff; while it
 * is down, commands fail at once instead of queueing (`enableOfflineQueue: false`), so a write
 * that needs Redis is refused with a clear message rather than left hanging.
 */
export function createRedisClient(url: string, name = 'inkwell'): Redis {
  const client = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // ioredis emits an error on every failed reconnect: log the outage once and the recovery once.
  let down = false;
  client.on('error', (error) => {
    if (down) return;
    down = true;
    log.error({ event: 'redis.unavailable', err: error }, 'Redis unreachable; reconnecting');
  });
  client.on('ready', () => {
    if (down) log.info({ event: 'redis.reconnected' }, 'Redis reachable again');
    down = false;
  });
  return client;
}

// Next bundles route handlers, actions and instrumentation separately: one connection per process.
const holder = globalThis as { inkwellRedis?: Redis | null };

export function redis(): Redis | null {
  if (holder.inkwellRedis === undefined) holder.inkwellRedis = env.REDIS_URL ? createRedisClient(env.REDIS_URL) : null;
  return holder.inkwellRedis;
}
