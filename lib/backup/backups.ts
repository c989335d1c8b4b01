import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { copyDatabase, type CopyResult } from '@/db/backup/copy';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { log } from '@/lib/logging/logger';
import { storageProblem } from '@/lib/storage-errors';
import { backupTimestamp } from './timestamp';

// Backups: where they go, what they are called, which are kept, and what the dashboard shows.
// The copying itself is db/backup/copy.ts (VACUUM INTO in a worker thread, integrity-checked).

export const BACKUP_STATUS_SETTING = 'backupStatus';

export interface BackupStatus {
  lastSuccess?: { at: string; file: string; bytes: number; milliseconds: number };
  lastFailure?: { at: string; message: string };
}

// turbopackIgnore: a folder chosen at run time, outside the app; nothing in it belongs in the build's file trace.
export const backupFolder = () => path.resolve(/*turbopackIgnore: true*/ env.BACKUP_DIR ?? path.join(env.DATA_DIR, 'backups'));

const AUTOMATIC = /^auto-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ(-\d+)?\.db$/;

/** A name not taken yet in `folder`: `<prefix><timestamp>.db`, then `-2`, `-3`… within one second. */
function freshName(folder: string, prefix: string, now: Date): string {
  const base = `${prefix}${backupTimestamp(now)}`;
  for (let n = 1; ; n++) {
    const file = path.join(folder, n === 1 ? `${base}.db` : `${base}-${n}.db`);
    if (!fs.existsSync(file)) return file;
  }
}

export const defaultBackupPath = (now = new Date()) => freshName(backupFolder(), '', now);

// One backup at a time per server process, whoever asks (the timer, an admin's download).
const holder = globalThis as unknown as { inkwellBackupRunning?: Promise<unknown> };

/** Runs `work` unless a backup is running already (then: null). */
async function exclusively<T>(work: () => Promise<T>): Promise<T | null> {
  if (holder.inkwellBackupRunning) return null;
  const running = work();
  holder.inkwellBackupRunning = running;
  try {
    return await running;
  } finally {
    holder.inkwellBackupRunning = undefined;
  }
}

export async function readBackupStatus(): Promise<BackupStatus> {
  const raw = await readSetting(BACKUP_STATUS_SETTING);
  return raw && typeof raw === 'object' ? (raw as BackupStatus) : {};
}

async function recordStatus(change: Partial<BackupStatus>) {
  try {
    await writeSetting(BACKUP_STATUS_SETTING, { ...(await readBackupStatus()), ...change });
  } catch (error) {
    // A read-only or full database cannot take the note; the log line above still says what happened.
    log.error({ event: 'backup.status_not_saved', err: error }, 'could not record the backup status');
  }
}

export type BackupKind = 'manual' | 'automatic' | 'download';

/**
 * Makes one backup, logs it, and records the outcome for the dashboard. Throws on failure (after
 * logging and recording it); returns null when another backup is running in this process.
 */
export async function makeBackup(kind: BackupKind, target?: string, now = new Date()): Promise<CopyResult | null> {
  return exclusively(async () => {
    const file = target ?? (kind === 'automatic' ? freshName(backupFolder(), 'auto-', now) : defaultBackupPath(now));
    try {
      const result = await copyDatabase(file);
      log.info(
        { event: 'backup.created', kind, file: result.path, bytes: result.bytes, ms: result.milliseconds },
        'backup written',
      );
      if (kind !== 'download') {
        await recordStatus({
          lastSuccess: {
            at: now.toISOString(),
            file: path.basename(result.path),
            bytes: result.bytes,
            milliseconds: result.milliseconds,
          },
        });
      }
      return result;
    } catch (error) {
      const message = storageProblem(error)?.message ?? (error instanceof Error ? error.message : String(error));
      log.error({ event: 'backup.failed', kind, file, reason: message, err: error }, 'backup failed');
      await recordStatus({ lastFailure: { at: now.toISOString(), message } });
      throw error;
    }
  });
}

/** Deletes automatic backups beyond the newest `keep`; returns the names it deleted. */
export function pruneAutomaticBackups(keep = env.BACKUP_KEEP, folder = backupFolder()): string[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ folder)) return [];
  const names = fs
    .readdirSync(/*turbopackIgnore: true*/ folder)
    .filter((name) => AUTOMATIC.test(name))
    .sort((a, b) => (a < b ? 1 : -1));
  const old = names.slice(keep);
  for (const name of old) fs.rmSync(path.join(folder, name), { force: true });
  if (old.length) log.info({ event: 'backup.pruned', deleted: old, kept: keep }, 'old automatic backups deleted');
  return old;
}
