import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Account } from './accounts';
import { freePort, root, serverEnv, startServer, type RunningServer } from './server';

export interface FreshServer {
  url: string;
  /** Its own data folder (its database is blog.db there). */
  dataDir: string;
  /** The current server process's id, e.g. to read its memory from /proc. */
  pid(): number;
  /** What the current server process printed. */
  output(): string;
  /** Stops the process and starts a new one on the same database. */
  restart(): Promise<void>;
  stop(): void;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/**
 * A second server on the run's build with a brand-new database (migrated, welcome posts, no
 * accounts unless `accounts` names some, made with the real CLI): for first-run setup, and for
 * limits that would get in other tests' way.
 */
export async function startFreshServer(extraEnv: Record<string, string> = {}, accounts: Account[] = []): Promise<FreshServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-e2e-fresh-'));
  const port = await freePort();
  const env = { ...serverEnv(dataDir, port), ...extraEnv };
  const tsx = (script: string, args: string[] = []) => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', script, ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`${script} on the fresh database failed`);
  };
  tsx('scripts/prepare-db.ts');
  for (const { email, password, name, role } of accounts) {
    tsx('scripts/user-create.ts', ['--email', email, '--password', password, '--name', name, '--role', role]);
  }

  let server: RunningServer = await startServer(dataDir, port, env);
  return {
    url: server.url,
    dataDir,
    pid: () => server.process.pid!,
    output: () => server.output(),
    async restart() {
      server.process.kill('SIGTERM');
      await exited(server.process);
      server = await startServer(dataDir, port, env);
    },
    stop() {
      server.process.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The setup link the server printed at start. */
export function printedSetupUrl(server: Pick<FreshServer, 'output'>): string {
  const match = server.output().match(/Open (\S+\/setup\?token=\S+) to create the owner account/);
  if (!match) throw new Error(`The server did not print a setup link:\n${server.output()}`);
  return match[1];
}
