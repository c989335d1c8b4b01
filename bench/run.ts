// npm run bench: throughput and latency of reader pages on a production build.
// Builds into .next-bench on a fresh seeded database, starts the production server (`scripts/serve.ts`, as `npm start` does), and loads it with autocannon
// from this process (same 2-core machine: the figures include the load generator's share of CPU).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, nextBin, root, serverEnv, startServer } from '../e2e/support/server';
import { measurePageWeight } from './page-weight';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DIST_DIR = '.next-bench';

interface Scenario {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

// Draft mode makes Next render the page on every request: the cost of a dynamic page.
function draftModeCookie(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, DIST_DIR, 'prerender-manifest.json'), 'utf8'));
  return `__prerender_bypass=${manifest.preview.previewModeId}`;
}

async function load(url: string, headers?: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-bench-'));
  const port = await freePort();
  const env = { ...serverEnv(dataDir, port, DIST_DIR), RATE_LIMIT: 'off' };

  run(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], env);
  if (!process.env.BENCH_SKIP_BUILD) run(nextBin, ['build'], env);
  const server = await startServer(dataDir, port, env);

  const dynamic = { cookie: draftModeCookie() };
  const scenarios: Scenario[] = [
    { name: 'home, cached', path: '/' },
    { name: 'post, cached', path: '/posts/the-art-of-the-quoted-passage' },
    { name: 'home, rendered per request', path: '/', headers: dynamic },
    { name: 'post, rendered per request', path: '/posts/the-art-of-the-quoted-passage', headers: dynamic },
  ];

  const rows = [];
  const weights = [];
  try {
    for (const path of ['/', '/posts/the-art-of-the-quoted-passage']) {
      weights.push({ path, ...(await measurePageWeight(`${server.url}${path}`)) });
    }
    for (const scenario of scenarios) {
      const url = `${server.url}${scenario.path}`;
      const res = await fetch(url, { headers: scenario.headers });
      const htmlBytes = (await res.arrayBuffer()).byteLength;
      const figures = await load(url, scenario.headers);
      rows.push({ scenario: scenario.name, htmlBytes, ...figures });
      console.log(rows.at(-1));
    }
  } finally {
    server.process.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, ${os.cpus().length} cores, Node ${process.version}\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | HTML bytes | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.requestsPerSecond} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.htmlBytes} | ${r.errors} |`,
    );
  }
  console.log('\n| page | HTML bytes | JS bytes (gzip) | CSS bytes (gzip) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const w of weights) {
    console.log(`| ${w.path} | ${w.htmlBytes} | ${w.jsBytes} (${w.jsGzipBytes}) | ${w.cssBytes} (${w.cssGzipBytes}) |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
