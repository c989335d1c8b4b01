// npm run bench:weight: what a first visit to each reader page downloads, per asset, as a browser
// receives it. Builds into .next-weight on a fresh welcome database (as `npm run bench` does),
// starts the production server and measures with bench/page-weight.ts. Then the framework's floor:
// a minimal Next.js app of the same version (a root layout and one static page, same node_modules)
// built and served by `next start` in a temporary folder, measured the same way.
// BENCH_SKIP_BUILD=1 reuses the last build; WEIGHT_URL=<origin> measures a running server instead;
// WEIGHT_ASSETS=1 lists every asset; WEIGHT_JSON=<file> writes the figures as JSON.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, nextBin, root, serverEnv, startServer, type RunningServer } from '../e2e/support/server';
import { formatWeightTable, measurePageWeight, READER_PAGES } from './page-weight';

const DIST_DIR = '.next-weight';

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const FLOOR_LAYOUT = `import type { ReactNode } from 'react';
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;
const FLOOR_PAGE = `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>A static page.</p>
    </main>
  );
}
`;

/** Builds and serves the minimal app; returns its origin and a function that stops it and removes the folder. */
async function startFloorApp(): Promise<{ origin: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-floor-'));
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'app', 'layout.tsx'), FLOOR_LAYOUT);
  fs.writeFileSync(path.join(dir, 'app', 'page.tsx'), FLOOR_PAGE);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // A hard-linked copy (seconds): Turbopack does not follow a node_modules symlink out of the project.
  run('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')], process.env);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  const next = path.join(dir, 'node_modules', '.bin', 'next');
  const build = spawnSync(next, ['build'], { cwd: dir, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the minimal app did not build');
  const port = await freePort();
  const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('the minimal app did not answer');
}

async function main() {
  let server: RunningServer | undefined;
  let origin = process.env.WEIGHT_URL;
  let dataDir: string | undefined;
  if (!origin) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-weight-'));
    const port = await freePort();
    const env = { ...serverEnv(dataDir, port, DIST_DIR), RATE_LIMIT: 'off', LOG_LEVEL: 'warn' };
    run(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], env);
    if (!process.env.BENCH_SKIP_BUILD) run(nextBin, ['build'], env);
    server = await startServer(dataDir, port, env);
    origin = server.url;
  }
  try {
    const weights = [];
    for (const page of READER_PAGES) weights.push({ page, ...(await measurePageWeight(`${origin}${page.path}`)) });
    server?.process.kill('SIGTERM');
    server = undefined;
    if (!process.env.WEIGHT_SKIP_FLOOR) {
      const floor = await startFloorApp();
      try {
        const page = { name: 'floor: minimal Next.js app', path: '/' };
        weights.push({ page, ...(await measurePageWeight(`${floor.origin}/`)) });
      } finally {
        floor.stop();
      }
    }
    if (process.env.WEIGHT_JSON) fs.writeFileSync(process.env.WEIGHT_JSON, JSON.stringify(weights, null, 2));
    console.log(
      `\nload average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    console.log(formatWeightTable(weights));
    if (process.env.WEIGHT_ASSETS) {
      for (const w of weights) {
        console.log(`\n${w.page.path}`);
        for (const a of w.assets)
          console.log(`  ${a.kind} ${a.url} ${a.bytes} raw, ${a.gzipBytes} gzip, ${a.transferredBytes} sent (${a.encoding})`);
      }
    }
  } finally {
    server?.process.kill('SIGTERM');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
