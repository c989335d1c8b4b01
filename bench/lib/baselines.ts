// The floors a reader page is compared with, in the same run (bench/README.md, "Baselines"):
// (a) bare node:http answering the post's HTML from memory, (b) a minimal Next.js app of the
// installed version serving one static page of the same HTML size, (c) nginx serving the HTML
// as a file. Each is started here and stopped by the harness.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { nginxBinary } from '../../e2e/support/nginx';
import { freePort, root } from '../../e2e/support/server';

export interface Baseline {
  url: string;
  stop(): Promise<void>;
}

/** (a) The same bytes from memory, as plainly as Node serves anything. */
export async function startNodeHttp(html: Buffer): Promise<Baseline> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.byteLength });
    response.end(html);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitForOk(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url} within 60 s`);
}

/**
 * The text the minimal page carries so its HTML weighs about `targetBytes`: Next inlines the RSC
 * payload, which repeats the text, so the page holds half the target less Next's own markup.
 */
export function minimalPageText(sourceHtml: string, targetBytes: number, nextOverheadBytes = 4_500): string {
  const words = sourceHtml
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[^\p{L}\p{N} .,]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const length = Math.max(1_000, Math.floor((targetBytes - nextOverheadBytes) / 2));
  let text = words || 'lorem ipsum';
  while (text.length < length) text += ` ${text}`;
  return text.slice(0, length);
}

export interface MinimalNext extends Baseline {
  buildSeconds: number;
}

/**
 * (b) app/layout.tsx and app/page.tsx (the text as a static string) in a temporary folder, built
 * once with the installed `next` and served by `next start`. node_modules is this checkout's, as a
 * hard-link copy (a second or two): Turbopack refuses a symlink that leads out of the project.
 */
export async function startMinimalNext(text: string): Promise<MinimalNext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-bench-minimal-'));
  try {
    return await buildAndStartMinimalNext(dir, text);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function buildAndStartMinimalNext(dir: string, text: string): Promise<MinimalNext> {
  fs.mkdirSync(path.join(dir, 'app'));
  const copy = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  if (copy.status !== 0) fs.cpSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'minimal', private: true }));
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n' +
      '  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  fs.writeFileSync(
    path.join(dir, 'app', 'page.tsx'),
    `const TEXT = ${JSON.stringify(text)};\n\nexport default function Page() {\n  return (\n    <main>\n      <h1>A post</h1>\n      <p>{TEXT}</p>\n    </main>\n  );\n}\n`,
  );
  // Next's defaults: no dist folder or mode of Inkwell's run leaks in.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of ['NEXT_DIST_DIR', 'NODE_ENV']) Reflect.deleteProperty(env, name);
  // The copy's own `next`: the checkout's would load React from the checkout, the page from the copy.
  const next = path.join(dir, 'node_modules', '.bin', 'next');
  const started = Date.now();
  const build = spawnSync(next, ['build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build of the minimal app failed:\n${build.stdout}\n${build.stderr}`);
  const buildSeconds = (Date.now() - started) / 1000;
  const port = await freePort();
  const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForOk(url, child, 'the minimal Next.js app');
  return {
    url,
    buildSeconds,
    stop: () => stopAndRemove(child, dir),
  };
}

/** Stops a baseline's process and removes the folder it ran from. */
async function stopAndRemove(child: ChildProcess, dir: string): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.exitCode === null) child.kill('SIGTERM');
  await exited;
  fs.rmSync(dir, { recursive: true, force: true });
}

/** (c) nginx (when installed) serving the HTML as a file, with the settings a static site has. */
export async function startNginxStatic(html: Buffer): Promise<Baseline | null> {
  const nginx = nginxBinary();
  if (!nginx) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-bench-nginx-'));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'www'), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'www', 'post.html'), html, { mode: 0o644 });
  const port = await freePort();
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes auto;',
      `pid ${dir}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  sendfile on;',
      '  tcp_nopush on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { default_type text/html; try_files /post.html =404; } }`,
      '}',
    ].join('\n'),
  );
  const options = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  const child = spawn(nginx, [...options, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  await waitForOk(url, child, 'nginx');
  return {
    url,
    stop: () => stopAndRemove(child, dir),
  };
}
