import 'server-only';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { env } from '@/lib/env';
import { log } from '@/lib/logging/logger';
import { redis } from './client';

/**
 * "Only one instance does this": the scheduler (scheduled publishing, purges) and whatever else
 * must run once per blog, not once per process. A Redis key set with NX and an expiry holds this
 * instance's random identifier; each call while held extends it only if it still holds that
 * identifier (one Lua script, atomic), which is also the fencing check before the work runs.
 * If the holder dies, the key expires and the next instance to ask takes it over. While Redis is
 * down nobody holds it, and the work waits.
 *
 * Not redis-semaphore's Mutex: its refresh timer leaves an unhandled rejection (and a lock it
 * still believes held) when Redis is unreachable, which a test here found; see docs/scale-out.md.
 */
export interface InstanceLock {
  /** Whether this instance holds the lock now, taking it when free, extending it when held. Never throws. */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** `lockTimeoutMs` must exceed the interval between two calls of `held()` by the holder. */
export function createInstanceLock(client: Redis, name: string, lockTimeoutMs: number): InstanceLock {
  const key = `inkwell:lock:${name}`;
  const identifier = randomUUID();
  let holding = false;
  return {
    async held() {
      try {
        const now = holding
          ? (await client.eval(EXTEND, 1, key, identifier, String(lockTimeoutMs))) === 1
          : (await client.set(key, identifier, 'PX', lockTimeoutMs, 'NX')) === 'OK';
        if (now && !holding) log.info({ event: 'instance_lock.acquired', lock: name }, 'this instance runs the work now');
        if (!now && holding) log.warn({ event: 'instance_lock.lost', lock: name }, 'another instance took the lock');
        holding = now;
      } catch (error) {
        if (holding) log.warn({ event: 'instance_lock.unavailable', lock: name, err: error }, 'instance lock not reachable');
        holding = false;
      }
      return holding;
    },
    async release() {
      if (!holding) return;
      holding = false;
      await client.eval(RELEASE, 1, key, identifier).catch(() => undefined);
    },
  };
}

const alone: InstanceLock = { held: async () => true, release: async () => {} };
const locks = ((globalThis as { inkwellInstanceLocks?: Map<string, InstanceLock> }).inkwellInstanceLocks ??= new Map());

/** The process's lock named `name`: on Redis with REDIS_URL, else always held (one instance). */
export function instanceLock(name: string, lockTimeoutMs: number): InstanceLock {
  const client = redis();
  if (!client) return alone;
  if (!locks.has(name)) locks.set(name, createInstanceLock(client, name, lockTimeoutMs));
  return locks.get(name)!;
}

/**
 * The lock of the once-per-blog background work: scheduled publishing and purges, automatic
 * backups, the mail worker. One lock for all of it, extended by the scheduler's tick (every
 * SCHEDULER_INTERVAL_SECONDS), so an instance that dies hands all of it over within three ticks,
 * however rarely backups run.
 */
export function backgroundWorkLock(): InstanceLock {
  return instanceLock('background-work', env.SCHEDULER_INTERVAL_SECONDS * 3000);
}
