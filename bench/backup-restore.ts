// `npm run bench:backup`: how long `npm run backup` and `npm run restore` take on a 1 GB blog.
// Makes a database of BENCH_DB_MB megabytes (default 1024) in a temporary folder — the welcome
// posts, 200 long posts (with the search index), the rest as 1 MB images (random bytes, which do
// not compress, like real photos) — then times the real CLIs on it, as an operator runs them.
// Needs about 4× that space free in the temporary folder. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createClient } from '@libsql/client';
import { copyDatabase } from '@/db/backup/copy';

const targetMb = Number(process.env.BENCH_DB_MB ?? 1024);
const root = process.cwd();
const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'inkwell-bench-backup-'));
const live = path.join(dir, 'blog.db');
const env = { ...process.env, DATABASE_URL: `file:${live}`, DATA_DIR: dir, PORT: '1', LOG_LEVEL: 'warn' };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function cli(script: string, ...args: string[]) {
  const started = performance.now();
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', script, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, out: result.stdout.trim() };
}

async function fill() {
  cli('scripts/prepare-db.ts');
  const db = createClient({ url: `file:${live}` });
  const paragraph = `<p>${'A sentence about quoting other writers well, with a source. '.repeat(40)}</p>`;
  const posts = await db.transaction('write');
  for (let i = 0; i < 200; i++) {
    const html = paragraph.repeat(20);
    await posts.execute({
      sql: `INSERT INTO posts (slug, title, content_html, content_text, word_count, excerpt, status, author_id, published_at, version, comments_open, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, '', 'published', 1, ?, 1, 1, ?, ?)`,
      args: [`long-post-${i}`, `Long post ${i}`, html, html.replace(/<[^>]+>/g, ' '), 8000, Date.now(), Date.now(), Date.now()],
    });
  }
  await posts.commit();
  for (let batch = 0; fs.statSync(live).size < targetMb * 1024 * 1024; batch++) {
    const images = await db.transaction('write');
    for (let i = 0; i < 50; i++) {
      await images.execute({
        sql: `INSERT INTO media (hash, width, height, mime_type, bytes, created_at) VALUES (?, 1600, 1200, 'image/webp', ?, ?)`,
        args: [randomBytes(16).toString('hex'), randomBytes(1024 * 1024), Date.now()],
      });
    }
    await images.commit();
    await db.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  }
  db.close();
}

async function main() {
  const filling = performance.now();
  await fill();
  console.log(`Made ${mb(fs.statSync(live).size)} in ${((performance.now() - filling) / 1000).toFixed(0)} s (${dir})`);

  // What a backup inside the server (automatic, or an admin's download) costs the requests it
  // serves meanwhile: the event loop's delay while the worker thread copies and checks.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const inServer = await copyDatabase(path.join(dir, 'in-server.db'), live);
  delay.disable();
  const ms = (ns: number) => (ns / 1e6).toFixed(0);
  console.log(
    `in-process backup (worker thread): ${(inServer.milliseconds / 1000).toFixed(1)} s; event-loop delay meanwhile p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`,
  );
  fs.rmSync(inServer.path);

  const backup = cli('scripts/backup.ts', path.join(dir, 'bench-backup.db'));
  console.log(`npm run backup:  ${backup.seconds.toFixed(1)} s  — ${backup.out}`);
  const restore = cli('scripts/restore.ts', path.join(dir, 'bench-backup.db'));
  console.log(`npm run restore: ${restore.seconds.toFixed(1)} s  — ${restore.out.split('\n')[0]}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
