// Imports a generated WordPress export into a fresh database and reports time and peak memory:
// `npm run bench:import -- [posts] [comments per post]` (default 10,000 posts × 10 comments).
// The file is made by bench/generate-wxr.ts under the system's temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [posts = '10000', perPost = '10'] = process.argv.slice(2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-bench-import-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
process.env.DATA_DIR = dir;
process.env.PORT ??= '9';
process.env.LOG_LEVEL ??= 'warn';

async function main() {
  const file = path.join(dir, 'export.xml');
  const made = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(import.meta.dirname, 'generate-wxr.ts'),
      file,
      posts,
      perPost,
    ],
    { stdio: 'inherit' },
  );
  if (made.status !== 0) throw new Error('could not generate the export');

  const { migrateDatabase } = await import('@/db/migrate');
  const { runImport } = await import('@/lib/import/run');
  await migrateDatabase();
  // What the CLI does (scripts/import.ts); BENCH_FSYNC=1 measures without it.
  if (!process.env.BENCH_FSYNC) await (await import('@/db/queries/imports')).commitWithoutFsyncPerPost();

  // Sampled in this process, which does all the work (the SQLite engine runs in it too).
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 100);
  const started = Date.now();
  let lastPrinted = 0;
  const summary = await runImport(file, {
    onProgress: ({ fraction, items }) => {
      sample();
      if (fraction - lastPrinted >= 0.1) {
        lastPrinted = fraction;
        console.log(
          `${Math.round(fraction * 100)}%  ${items} posts  ${((Date.now() - started) / 1000).toFixed(0)} s  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
        );
      }
    },
  });
  clearInterval(timer);
  sample();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    JSON.stringify(
      {
        fileMB: +(fs.statSync(file).size / 1e6).toFixed(1),
        created: summary.created,
        seconds: +seconds.toFixed(1),
        postsPerSecond: Math.round(summary.created.posts / seconds),
        peakRssMB: Math.round(peakRss / 2 ** 20),
        peakHeapMB: Math.round(peakHeap / 2 ** 20),
      },
      null,
      2,
    ),
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
