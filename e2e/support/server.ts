import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { SERVER_NODE_ARGS } from '../../scripts/server-command';

export const root = path.resolve(__dirname, '../..');
export const nextBin = path.join(root, 'node_modules', '.bin', 'next');

/** Environment of a test server: production mode, its own build folder, the run's database. */
// E2E_DIST_DIR lets two checkouts' suites run at once without sharing a build folder.
export const e2eDistDir = process.env.E2E_DIST_DIR || '.next-e2e';

export function serverEnv(dataDir: string, port: number, distDir = e2eDistDir): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: `file:${path.join(dataDir, 'blog.db')}`,
    DATA_DIR: dataDir,
    AUTH_SECRET: 'e2e-secret-that-is-at-least-32-characters-long',
    AUTH_TRUST_HOST: 'true',
    PORT: String(port),
    // Journeys post comments as fast as a script can; e2e/comments.spec.ts checks the minimum time
    // on a server of its own. Rate limits stay on: specs post from distinct x-forwarded-for addresses.
    COMMENT_MIN_SECONDS: '0',
    // The test runner plays the reverse proxy: every request comes from loopback, and a browser
    // context's X-Forwarded-For (e2e/support/readers.ts) stands for the address a proxy saw.
    // e2e/sign-in-limits.spec.ts runs a server without it, where that header counts for nothing.
    TRUSTED_PROXIES: '127.0.0.1, ::1',
    // A small import limit, so e2e/admin-import.spec.ts can pass it with a file of a few megabytes.
    IMPORT_MAX_MB: '5',
    // The scheduled-publish journey waits for the scheduler; a short tick keeps that wait short.
    SCHEDULER_INTERVAL_SECONDS: '3',
    // Anti-abuse limits stay on, at their documented defaults, whatever the shell exports: the
    // suite tests the lock-out for real. Its sign-in failures from 127.0.0.1 stay well under 20.
    RATE_LIMIT: 'on',
    SIGNIN_MAX_FAILURES_PER_ACCOUNT: '5',
    SIGNIN_MAX_FAILURES_PER_IP: '20',
    SIGNIN_WINDOW_MINUTES: '15',
    // Every sign-in of the suite would be an info line between the test results; warnings and
    // errors still show. `LOG_LEVEL=info npm run test:e2e` brings them back.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed so far (stdout and stderr), e.g. to find the setup link. */
  output(): string;
}

/**
 * Starts the production server (scripts/serve.ts, what `npm start` runs) on the built app and
 * resolves once it answers. Its output is shown and kept.
 */
export async function startServer(
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = serverEnv(dataDir, port),
): Promise<RunningServer> {
  // As scripts/start.ts runs it: one Node process with tsx as a loader, so signals reach the server.
  const child = spawn(process.execPath, SERVER_NODE_ARGS, {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
    process.stdout.write(chunk);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
    process.stderr.write(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, process: child, output: () => printed };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`Server at ${url} did not answer within 60 s`);
}
