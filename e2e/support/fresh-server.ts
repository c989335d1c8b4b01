import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Account } from './accounts';
import { freePort, root, serverEnv, startServer, type RunningServer } from './server';

export interface FreshServer {
  url: string;
  /** Its data folder (blog.db, server.pid, backups/). */
  dataDir: string;
  /** The current server process's id, e.g. to read its memory from /proc. */
  pid(): number;
  /** What the current server process printed. */
  output(): string;
  /** Stops the process and starts a new one on the same database. */
  restart(): Promise<void>;
  /** Sends `signal` to the server and resolves with how it ended. */
  signal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Kills the server process (as named in its server.pid) with SIGKILL: no handler runs, as in a
   * power cut or the OOM killer. Resolves with the pid killed.
   */
  crash(): Promise<number>;
  /** Starts a server again on the same database, after `signal` or `crash`. */
  start(): Promise<void>;
  stop(): void;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
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
    async signal(signal) {
      server.process.kill(signal);
      return exited(server.process);
    },
    async crash() {
      const pid = Number(fs.readFileSync(path.join(dataDir, 'server.pid'), 'utf8'));
      process.kill(pid, 'SIGKILL');
      await exited(server.process);
      return pid;
    },
    async start() {
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
