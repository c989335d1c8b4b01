// Runs in a worker thread (db/backup/copy.ts): the SQLite driver is synchronous, and copying or
// checking a large database on the server's main thread would stall every request meanwhile.
// Plain JavaScript so that both the Next.js server and the CLI scripts can start it by path.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';

/** @param {{ source: string; target: string }} job */
async function copy({ source, target }) {
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const from = createClient({ url: `file:${source}`, timeout: 5000 });
  try {
    // One read transaction on the live file: a consistent copy while writers carry on (WAL), with
    // the images (media rows) in it. The copy is compacted and has no -wal file of its own.
    await from.execute({ sql: 'VACUUM INTO ?', args: [partial] });
  } finally {
    from.close();
  }
  const copy = createClient({ url: `file:${partial}` });
  try {
    const { rows } = await copy.execute('PRAGMA integrity_check');
    const verdict = rows.map((row) => String(row[0])).join('; ');
    if (verdict !== 'ok') throw new Error(`the copy failed its integrity check: ${verdict}`);
  } finally {
    copy.close();
  }
  // Only a checked copy gets its name: a crash half-way leaves a `.partial` file, never a bad backup.
  fs.renameSync(partial, target);
  return { bytes: fs.statSync(target).size };
}

copy(workerData).then(
  (result) => parentPort.postMessage({ ok: true, ...result }),
  (error) => {
    try {
      fs.rmSync(`${workerData.target}.partial`, { force: true });
    } catch {
      // The folder itself is the problem (gone, not a folder, read-only): report the first error.
    }
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), code: error?.code });
  },
);
