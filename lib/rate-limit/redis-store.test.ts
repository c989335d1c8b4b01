import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createRedisClient } from '@/lib/redis/client';
import { redisServerInstalled, startRedisServer, type RedisServer } from '@/lib/redis/redis-server';
import { createSignInThrottle } from './sign-in';
import { RateLimitStoreUnavailable, redisLimiter } from './store';

// CI installs redis-server (.ci/run); on a machine without it these are skipped, loudly.
const available = redisServerInstalled();
if (!available && process.env.CI) throw new Error('redis-server is required in CI (.ci/run installs it)');
if (!available) console.warn('redis-store.test.ts skipped: redis-server is not installed');

const untilReady = (client: Redis) =>
  new Promise<void>((resolve) => (client.status === 'ready' ? resolve() : client.once('ready', () => resolve())));

const limits = { maxFailuresPerAccount: 5, maxFailuresPerIp: 20, maxFailuresPerDevice: 5, windowMinutes: 15 };

describe.skipIf(!available)('rate limits on Redis, shared by instances', () => {
  let server: RedisServer;
  let clientA: Redis;
  let clientB: Redis;

  beforeAll(async () => {
    server = await startRedisServer();
    clientA = createRedisClient(server.url, 'test-a');
    clientB = createRedisClient(server.url, 'test-b');
    await Promise.all([untilReady(clientA), untilReady(clientB)]);
  });
  afterAll(async () => {
    clientA?.disconnect();
    clientB?.disconnect();
    await server?.stop();
  });

  it('counts failures made through two instances against one lock-out', async () => {
    const a = createSignInThrottle(limits, redisLimiter(clientA));
    const b = createSignInThrottle(limits, redisLimiter(clientB));
    const key = { account: 'shared@example.com', ip: '192.0.2.10' };
    for (let i = 0; i < 3; i++) expect((await a.attempt(key)).allowed).toBe(true);
    for (let i = 0; i < 2; i++) expect((await b.attempt(key)).allowed).toBe(true);

    expect(await a.attempt(key)).toMatchObject({ allowed: false });
    expect(await b.attempt({ ...key, ip: '192.0.2.11' })).toMatchObject({ allowed: false });
  });

  it('refuses while Redis is down and counts again once it is back, on the same connection', async () => {
    const throttle = createSignInThrottle(limits, redisLimiter(clientA));
    const key = { account: 'outage@example.com', ip: '192.0.2.20' };
    expect((await throttle.attempt(key)).allowed).toBe(true);

    await server.stop();
    await expect(throttle.attempt(key)).rejects.toBeInstanceOf(RateLimitStoreUnavailable);

    await server.restart();
    // ioredis reconnects by itself; the first attempt after that is counted again (a fresh
    // server: this one keeps nothing on disk).
    await untilReady(clientA);
    expect((await throttle.attempt(key)).allowed).toBe(true);
  });
});
