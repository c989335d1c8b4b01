import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { freePort, root } from './server';

const trySh = path.join(root, 'deploy', 'nginx', 'try.sh');

/**
 * The system's nginx, or null when it is not installed (a developer's machine; CI installs it).
 * NGINX names another binary, as for try.sh.
 */
export function nginxBinary(): string | null {
  if (process.env.NGINX) return fs.existsSync(process.env.NGINX) ? process.env.NGINX : null;
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
 * deploy/nginx/try.sh in front of `upstream` (an http://host:port URL, or several to balance
 * across), on a free port: the production rules, as the benchmarks use them. Resolves with the
 * address it prints once nginx listens; rejects with nginx's message if it exits first.
 */
export async function startNginx(upstream: string | string[]): Promise<RunningNginx> {
  const port = await freePort();
  const upstreams = typeof upstream === 'string' ? [upstream] : upstream;
  const child = spawn(trySh, [String(port), ...upstreams], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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

export interface ProductionSite {
  /** http://127.0.0.1:PORT — the port-80 server. */
  httpUrl: string;
  /** https://127.0.0.1:PORT — the TLS server, with a self-signed certificate for `domain`. */
  httpsUrl: string;
  domain: string;
  /** The certbot webroot the port-80 server serves /.well-known/acme-challenge/ from. */
  webroot: string;
  stop(): Promise<void>;
}

/** Whether openssl is there to make a certificate (it is on Debian; the test says so if not). */
export function opensslAvailable(): boolean {
  return spawnSync('openssl', ['version']).status === 0;
}

/**
 * deploy/nginx/inkwell.conf itself — the production site, TLS and all — with only what belongs
 * to one machine moved into a temporary folder: ports 80/443 become free loopback ports, the
 * Let's Encrypt certificate a self-signed one for the same domain, /etc/nginx/snippets this
 * repository's deploy/nginx, the cache and webroot folders temporary ones, the upstream `upstream`.
 */
export async function startProductionSite(upstream: string): Promise<ProductionSite> {
  const domain = 'blog.example.com';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-nginx-site-'));
  fs.chmodSync(dir, 0o755);
  for (const sub of ['cert', 'cache', 'webroot', 'logs']) fs.mkdirSync(path.join(dir, sub), { mode: 0o755 });
  const cert = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${domain}`,
      '-keyout',
      path.join(dir, 'cert', 'privkey.pem'),
      '-out',
      path.join(dir, 'cert', 'fullchain.pem'),
    ],
    { encoding: 'utf8' },
  );
  if (cert.status !== 0) throw new Error(`openssl could not make a certificate:\n${cert.stderr}`);
  fs.chmodSync(path.join(dir, 'cert', 'privkey.pem'), 0o644);

  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const upstreamAddress = new URL(upstream).host;
  const site = fs
    .readFileSync(path.join(root, 'deploy', 'nginx', 'inkwell.conf'), 'utf8')
    .replaceAll('/etc/nginx/snippets/', `${path.join(root, 'deploy', 'nginx')}/`)
    .replaceAll(`/etc/letsencrypt/live/${domain}/`, `${path.join(dir, 'cert')}/`)
    .replaceAll('/var/cache/nginx/inkwell', path.join(dir, 'cache'))
    .replaceAll('root /var/www/html;', `root ${path.join(dir, 'webroot')};`)
    .replace('server 127.0.0.1:3000;', `server ${upstreamAddress};`)
    .replace(/^\s*listen \[::\]:.*$/gm, '')
    .replace('listen 80 default_server;', `listen 127.0.0.1:${httpPort} default_server;`)
    .replace('listen 443 ssl http2 default_server;', `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`);
  for (const expected of [String(httpPort), String(httpsPort), upstreamAddress, path.join(dir, 'cert')]) {
    if (!site.includes(expected)) throw new Error(`deploy/nginx/inkwell.conf no longer has the line for ${expected}`);
  }
  fs.writeFileSync(path.join(dir, 'inkwell.conf'), site);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      'error_log stderr warn;',
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/inkwell.conf;`,
      '}',
    ].join('\n'),
  );

  const nginx = nginxBinary()!;
  const options = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  const check = spawnSync(nginx, [...options, '-t', '-q'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the production site:\n${check.stderr}`);
  const child = spawn(nginx, [...options, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Listening once its own pid is in the pid file (`nginx -t` leaves the pid of the check there).
  const pidFile = path.join(dir, 'nginx.pid');
  while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, 'utf8').trim() !== String(child.pid)) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    domain,
    webroot: path.join(dir, 'webroot'),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One HTTP/2 request over TLS (certificate not checked: it is self-signed), as a browser would send it. */
export function http2Request(
  origin: string,
  authority: string,
  requestPath: string,
): Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: string; alpn: string | false | undefined }> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(origin, { rejectUnauthorized: false, servername: authority });
    session.on('error', reject);
    const stream = session.request({ ':path': requestPath, ':authority': authority, 'accept-encoding': 'gzip' });
    let headers: http2.IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    stream.on('response', (h) => (headers = h));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const alpn = session.alpnProtocol;
      session.close();
      resolve({ status: Number(headers[':status']), headers, body: Buffer.concat(chunks).toString('latin1'), alpn });
    });
    stream.on('error', reject);
    stream.end();
  });
}
