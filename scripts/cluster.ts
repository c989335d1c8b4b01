// `npm run cluster`: Inkwell scaled out on one machine, to try it. Redis (the system's
// redis-server on a free port, or REDIS_URL), CLUSTER_INSTANCES instances on PORT+1 … PORT+N over
// one database, and nginx (deploy/nginx/try.sh, the production rules) on PORT balancing across
// them. Ctrl-C stops everything it started. docs/scale-out.md explains the topology.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { startRedisServer, redisServerInstalled, type RedisServer } from '@/lib/redis/redis-server';
import { readOrCreateSecret } from '@/lib/secrets';
import { prepareDatabase } from './prepare-db';
import { SERVER_NODE_ARGS } from './server-command';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const distDir = process.env.NEXT_DIST_DIR || '.next';

const children: ChildProcess[] = [];
let redisServer: RedisServer | null = null;
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) =>
          child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
        ),
    ),
  );
  await redisServer?.stop();
  process.exit(code);
}

function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`${url} exited with ${child.exitCode}`));
      try {
        if ((await fetch(url)).ok) return resolve();
      } catch {
        // not listening yet
      }
      setTimeout(poll, 200);
    };
    void poll();
  });
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));

  let redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    if (!redisServerInstalled())
      throw new Error('redis-server is not installed (Debian: apt-get install redis-server), and REDIS_URL is not set');
    redisServer = await startRedisServer();
    redisUrl = redisServer.url;
  }

  // Once, before any instance starts: several migrating one database at once would race.
  await prepareDatabase();
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(env.DATA_DIR, 'auth-secret'),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
    // Only nginx reaches the instances; the client address is the one it sends.
    LISTEN_ADDRESS: '127.0.0.1',
    TRUSTED_PROXIES: '127.0.0.1',
  };
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log('No build found: running `next build` (a minute or two, once)…');
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: serverEnv });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const ports = Array.from({ length: env.CLUSTER_INSTANCES }, (_, i) => env.PORT + 1 + i);
  const instances = ports.map((port) => {
    const child = spawn(process.execPath, SERVER_NODE_ARGS, {
      stdio: 'inherit',
      env: { ...serverEnv, PORT: String(port) },
    });
    children.push(child);
    child.on('exit', (code, signal) => {
      if (!stopping) console.error(`instance on port ${port} stopped (${signal ?? code}); the others keep serving`);
    });
    return { port, child, url: `http://127.0.0.1:${port}` };
  });
  await Promise.all(instances.map(({ url, child }) => waitUntilAnswering(url, child)));

  const nginx = spawn(path.join(root, 'deploy', 'nginx', 'try.sh'), [String(env.PORT), ...instances.map(({ url }) => url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(nginx);
  nginx.on('exit', (code) => {
    if (!stopping) {
      console.error(`nginx stopped (${code})`);
      void stopAll(1);
    }
  });
  const address = await new Promise<string>((resolve) => {
    let out = '';
    nginx.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0].trim());
    });
  });

  console.log('\nInkwell cluster running (Ctrl-C stops everything):');
  console.log(`  nginx   ${address}   ← open this one`);
  for (const { url } of instances) console.log(`  Inkwell ${url}`);
  console.log(`  Redis   ${redisUrl}${redisServer ? ' (started for this cluster, nothing kept on disk)' : ''}`);
  console.log(`  database ${env.DATABASE_URL}\n`);
}

main().catch(async (error) => {
  console.error(error);
  await stopAll(1);
});
