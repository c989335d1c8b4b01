import fs from 'node:fs';
import { copyDatabase, databaseFilePath } from '@/db/backup/copy';
import { inspectDatabaseFile } from '@/db/backup/inspect';
import { env } from '@/lib/env';
import { backupTimestamp } from './timestamp';
import { runningServer } from './server-lock';

// `npm run restore -- FILE`. Not imported by the server: it must not hold the live database open
// while the file is replaced (db/client.ts connects on import, so migrating is a late import).

export type RestoreOutcome =
  { ok: true; restored: string; keptAside: string | null; migrated: number } | { ok: false; reason: string };

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

export async function restoreDatabase(source: string, now = new Date()): Promise<RestoreOutcome> {
  const running = await runningServer(env.DATA_DIR, env.PORT);
  if (running) return { ok: false, reason: `Stop the server first: ${running}. A restore replaces the database file under it.` };

  const inspection = await inspectDatabaseFile(source);
  if (!inspection.ok) return { ok: false, reason: inspection.reason };

  const live = databaseFilePath();
  let keptAside: string | null = null;
  if (fs.existsSync(live)) {
    // A consistent copy (with whatever the -wal file still held), not a rename of the bare file.
    keptAside = `${live}.before-restore-${backupTimestamp(now)}`;
    await copyDatabase(keptAside, live);
    for (const file of [live, ...sidecars(live)]) fs.rmSync(file, { force: true });
  }
  const incoming = `${live}.restoring`;
  fs.copyFileSync(source, incoming);
  fs.renameSync(incoming, live);

  // An older backup is brought to this version's schema now, not at the next start.
  const { migrateDatabase } = await import('@/db/migrate');
  await migrateDatabase();
  (await import('@/db/client')).sqlite.close();
  return { ok: true, restored: live, keptAside, migrated: inspection.pending };
}
