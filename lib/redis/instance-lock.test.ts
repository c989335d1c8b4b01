import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createRedisClient } from './client';
import { createInstanceLock } from './instance-lock';
import { redisServerInstalled, startRedisServer, type RedisServer } from './redis-server';

const available = redisServerInstalled();
if (!available && process.env.CI) throw new Error('redis-server is required in CI (.ci/run installs it)');
if (!available) console.warn('instance-lock.test.ts skipped: redis-server is not installed');

const untilReady = (client: Redis) =>
  new Promise<void>((resolve) => (client.status === 'ready' ? resolve() : client.once('ready', () => resolve())));

describe.skipIf(!available)('instance lock', () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  const client = async (name: string) => {
    const created = createRedisClient(server.url, name);
    clients.push(created);
    await untilReady(created);
    return created;
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server?.stop();
  });

  it('is held by one instance at a time, and kept while its holder lives', async () => {
    const a = createInstanceLock(await client('a'), 'one-at-a-time', 600);
    const b = createInstanceLock(await client('b'), 'one-at-a-time', 600);
    expect(await a.held()).toBe(true);
    expect(await b.held()).toBe(false);
    // Past several expiries: each call by the holder extends it.
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await a.held()).toBe(true);
      expect(await b.held()).toBe(false);
    }
    await a.release();
    expect(await b.held()).toBe(true);
    await b.release();
  });

  it('is taken over once its holder dies without releasing it', async () => {
    const holderClient = await client('dying');
    const holder = createInstanceLock(holderClient, 'takeover', 600);
    const other = createInstanceLock(await client('survivor'), 'takeover', 600);
    expect(await holder.held()).toBe(true);
    holderClient.disconnect(); // as good as SIGKILL: no refresh, no release
    expect(await other.held()).toBe(false);
    const started = Date.now();
    while (!(await other.held())) {
      expect(Date.now() - started).toBeLessThan(3000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(Date.now() - started).toBeGreaterThan(300);
    await other.release();
  });

  it('is held by nobody while Redis is down, and taken again once it is back', async () => {
    const lock = createInstanceLock(await client('outage'), 'outage', 600);
    expect(await lock.held()).toBe(true);
    await server.stop();
    expect(await lock.held()).toBe(false);
    await server.restart();
    await untilReady(clients.at(-1)!);
    expect(await lock.held()).toBe(true);
  });
});
