import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort, root } from './server';

const trySh = path.join(root, 'deploy', 'nginx', 'try.sh');

/** The system's nginx, or null when it is not installed (a developer's machine; CI installs it). */
export function nginxBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  return fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
}

export interface RunningNginx {
  url: string;
  port: number;
  /** What nginx and try.sh wrote on stderr. */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * deploy/nginx/try.sh in front of `upstream` (an http://host:port URL), on a free port: the
 * production rules, as the benchmarks use them. Resolves with the address it prints once nginx
 * listens; rejects with nginx's message if it exits first.
 */
export async function startNginx(upstream: string): Promise<RunningNginx> {
  const port = await freePort();
  const child = spawn(trySh, [String(port), upstream], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n')) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`try.sh exited with ${code} before nginx listened:\n${stderr}`)));
  });
  return {
    url,
    port,
    errors: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface PlainResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * An http request whose connection comes from `localAddress` (any of 127.0.0.0/8 is this
 * machine): a client at another address, as nginx sees it — which a browser context cannot be.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<PlainResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
