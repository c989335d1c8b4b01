import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { env } from '@/lib/env';

/** The database file DATABASE_URL names; backups need a local file (not a remote libSQL server). */
export function databaseFilePath(url = env.DATABASE_URL): string {
  if (!url.startsWith('file:') || url === 'file::memory:') {
    throw new Error(`Backups need a local SQLite file; DATABASE_URL is ${url.split(':')[0]}:…`);
  }
  return path.resolve(url.slice('file:'.length).split('?')[0]);
}

export interface CopyResult {
  path: string;
  bytes: number;
  milliseconds: number;
}

/**
 * Writes a consistent, integrity-checked copy of a SQLite file (`VACUUM INTO`) to `target`, which
 * must not exist yet. Runs in a worker thread (./copy-worker.mjs): the live server keeps serving.
 */
export function copyDatabase(target: string, source = databaseFilePath()): Promise<CopyResult> {
  const started = performance.now();
  const to = path.resolve(target);
  if (fs.existsSync(to)) return Promise.reject(new Error(`${to} exists already; choose another name.`));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  // By path from the project's folder, not an import: the Next.js bundle must not try to bundle it.
  const script = path.join(process.cwd(), 'db', 'backup', 'copy-worker.mjs');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { source, target: to } });
    worker.once('message', (result: { ok: true; bytes: number } | { ok: false; message: string; code?: string }) => {
      if (result.ok) resolve({ path: to, bytes: result.bytes, milliseconds: Math.round(performance.now() - started) });
      else reject(Object.assign(new Error(result.message), { code: result.code }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the backup worker stopped (exit ${code})`)));
  });
}
