// npm run bench:memory -- DATA_DIR DIST_DIR [--seconds 20] [--posts 2000]
// The production server's memory on a big blog (docs/scale.md): starts scripts/serve.ts on
// DATA_DIR/blog.db (filled by `npm run seed:scale`, built into DIST_DIR), loads `--posts` distinct
// post pages plus home, label and archive pages with autocannon for `--seconds`, and prints the
// server's RSS before, at its peak and after. Target: under 300 MB at 100,000 posts.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@libsql/client';
import autocannon from 'autocannon';
import { freePort, serverEnv, startServer } from '../e2e/support/server';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: 'string', default: '20' }, posts: { type: 'string', default: '2000' } },
});
const [dataDir, distDir] = positionals;
if (!dataDir || !distDir) {
  console.error('Usage: npm run bench:memory -- DATA_DIR DIST_DIR [--seconds 20] [--posts 2000]');
  process.exit(1);
}

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function main() {
  const db = createClient({ url: `file:${path.resolve(dataDir, 'blog.db')}` });
  const slugs = (
    await db.execute({
      sql: "select slug from posts where kind = 'post' and status = 'published' order by random() limit ?",
      args: [Number(values.posts)],
    })
  ).rows.map((row) => String(row.slug));
  const labels = (await db.execute('select slug from labels where published_post_count > 0 limit 50')).rows.map((row) =>
    String(row.slug),
  );
  db.close();
  const paths = [
    ...slugs.map((slug) => `/posts/${slug}`),
    ...labels.map((slug) => `/labels/${slug}`),
    ...Array.from({ length: 50 }, (_, i) => `/page/${i + 2}`),
    '/',
    '/archive',
  ];

  const port = await freePort();
  const server = await startServer(path.resolve(dataDir), port, serverEnv(path.resolve(dataDir), port, distDir));
  const pid = server.process.pid!;
  try {
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
    let next = 0;
    const result = await autocannon({
      url: server.url,
      connections: 10,
      duration: Number(values.seconds),
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
    });
    clearInterval(sampler);
    const after = rssMb(pid);
    console.log(
      `${paths.length} distinct paths, ${result.requests.total} requests in ${values.seconds} s, ` +
        `${result.non2xx} non-2xx, ${result.errors} errors; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    console.log(`server RSS: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak, ${after.toFixed(0)} MB after`);
  } finally {
    server.process.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
