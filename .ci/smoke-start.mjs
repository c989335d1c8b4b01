// Smoke test of `npm start` as a person runs it on a new machine: a fresh data folder and database,
// no build, no secrets. Passes when the server has built, migrated and seeded, the home page answers
// 200 with the welcome posts, the first-run setup link is printed and opens, and a SIGTERM stops the
// server cleanly. Plain JavaScript: it needs nothing but the Node under test.
// Usage: node .ci/smoke-start.mjs   (SMOKE_TIMEOUT_SECONDS, default 600, bounds the build and start)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = '.next-smoke';
const timeoutMs = Number(process.env.SMOKE_TIMEOUT_SECONDS || 600) * 1000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-smoke-'));
  const port = await freePort();
  // The smoke run must build: its own build folder, emptied first, so it never reuses another build.
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });

  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'blog.db')}`,
    PORT: String(port),
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // A first start generates its own secret and trusts the host it is served on: nothing set by the caller.
  for (const name of ['AUTH_SECRET', 'AUTH_TRUST_HOST', 'AUTH_URL', 'SITE_URL', 'NODE_ENV']) delete env[name];

  // Its own process group, so the stop reaches npm, tsx and next start alike.
  const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
  }
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  const stop = async () => {
    if (exited) return exited;
    process.kill(-child.pid, 'SIGTERM');
    const result = await Promise.race([exit, sleep(20_000).then(() => null)]);
    if (result) return result;
    process.kill(-child.pid, 'SIGKILL');
    throw new Error('npm start did not stop within 20 s of SIGTERM');
  };
  const fail = async (message) => {
    await stop().catch(() => {});
    throw new Error(message);
  };

  const home = `http://127.0.0.1:${port}/`;
  let body = '';
  while (Date.now() - started < timeoutMs) {
    if (exited) await fail(`npm start exited early (${JSON.stringify(exited)})`);
    try {
      const response = await fetch(home);
      if (response.status === 200) {
        body = await response.text();
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  const ready = Date.now();
  if (!body) await fail(`the home page did not answer 200 within ${timeoutMs / 1000} s`);
  // The setup line is printed while the server boots; give it a moment after the first answer.
  while (!/Open (\S+\/setup\?token=\S+) to create the owner account/.test(output) && Date.now() - ready < 10_000)
    await sleep(200);

  const problems = [];
  if (!output.includes('No build found')) problems.push('npm start did not build');
  if (!output.includes('Wrote the welcome posts')) problems.push('npm start did not seed the welcome posts');
  if (!body.includes('Welcome to Inkwell')) problems.push('the home page does not show the welcome post');
  const setup = output.match(/Open (\S+\/setup\?token=\S+) to create the owner account/);
  if (!setup) problems.push('the first-run setup line was not printed');
  else {
    const link = new URL(setup[1]);
    const response = await fetch(new URL(link.pathname + link.search, home));
    if (response.status !== 200) problems.push(`the setup link answered ${response.status}`);
  }
  if (!fs.existsSync(path.join(dataDir, 'blog.db'))) problems.push('the database was not created in DATA_DIR');
  if (!fs.existsSync(path.join(dataDir, 'auth-secret'))) problems.push('no auth secret was generated in DATA_DIR');
  if (problems.length) await fail(problems.join('; '));

  const { code, signal } = await stop();
  // A clean stop: the process group ends on SIGTERM, with no error printed on the way out.
  if (!(code === 0 || code === 143 || signal === 'SIGTERM'))
    throw new Error(`npm start stopped with code ${code}, signal ${signal}`);
  if (/Error:|Unhandled/.test(output.slice(output.lastIndexOf('to create the owner account')))) {
    throw new Error('npm start printed an error after starting');
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  console.log(
    `smoke: npm start on Node ${process.versions.node} built, seeded and served in ${Math.round((ready - started) / 1000)} s, and stopped cleanly`,
  );
}

main().catch((error) => {
  console.error(`smoke: FAILED: ${error.message}`);
  process.exit(1);
});
