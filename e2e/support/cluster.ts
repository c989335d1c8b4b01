import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Account } from './accounts';
import { startNginx, type RunningNginx } from './nginx';
import { freePort, root, serverEnv, startServer, type RunningServer } from './server';
import { startRedisServer, type RedisServer } from '../../lib/redis/redis-server';

export interface ClusterInstance {
  url: string;
  server: RunningServer;
  /** Kills the server itself with SIGKILL (not only the tsx wrapper that started it), as a crash would. */
  crash(): Promise<void>;
}

/** The server's own process: the child of the tsx wrapper `startServer` spawned. */
function serverPids(wrapper: number): number[] {
  const children = fs.readFileSync(`/proc/${wrapper}/task/${wrapper}/children`, 'utf8').trim();
  return children ? children.split(/\s+/).map(Number) : [];
}

export interface TestCluster {
  /** nginx in front of both instances: what readers use. */
  url: string;
  instances: ClusterInstance[];
  redis: RedisServer;
  nginx: RunningNginx;
  dataDir: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

/**
 * What `npm run cluster` starts, on the run's build: redis-server on a free port, `count`
 * instances on one new database (migrated and given `accounts` once, before any starts), and
 * deploy/nginx/try.sh balancing across them.
 */
export async function startCluster(accounts: Account[], count = 2, extraEnv: Record<string, string> = {}): Promise<TestCluster> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-e2e-cluster-'));
  const redis = await startRedisServer();
  try {
    return await startOn(dataDir, redis, accounts, count, extraEnv);
  } catch (error) {
    // Nothing it started outlives a failed start.
    await redis.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startOn(
  dataDir: string,
  redis: RedisServer,
  accounts: Account[],
  count: number,
  extraEnv: Record<string, string>,
): Promise<TestCluster> {
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const base = { ...serverEnv(dataDir, ports[0]), REDIS_URL: redis.url, LOG_LEVEL: 'info', ...extraEnv };
  const tsx = (script: string, args: string[] = []) => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', script, ...args], {
      cwd: root,
      env: base,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`${script} on the cluster's database failed`);
  };
  tsx('scripts/prepare-db.ts');
  for (const { email, password, name, role } of accounts) {
    tsx('scripts/user-create.ts', ['--email', email, '--password', password, '--name', name, '--role', role]);
  }
  const instances: ClusterInstance[] = [];
  for (const port of ports) {
    const server = await startServer(dataDir, port, { ...base, PORT: String(port) });
    instances.push({
      url: server.url,
      server,
      async crash() {
        for (const pid of serverPids(server.process.pid!)) process.kill(pid, 'SIGKILL');
        server.process.kill('SIGKILL');
        await exited(server.process);
      },
    });
  }
  const nginx = await startNginx(instances.map((instance) => instance.url));
  return {
    url: nginx.url,
    instances,
    redis,
    nginx,
    dataDir,
    async stop() {
      await nginx.stop();
      for (const { server } of instances) {
        server.process.kill('SIGTERM');
        await exited(server.process);
      }
      await redis.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
