import 'server-only';
import { env } from '@/lib/env';
import { registerTimer } from '@/lib/lifecycle/timers';
import { backgroundWorkLock } from '@/lib/redis/instance-lock';
import { log } from '@/lib/logging/logger';
import { makeBackup, pruneAutomaticBackups, readBackupStatus } from './backups';

const HOUR_MS = 60 * 60 * 1000;
// Not in the first minute of a start: the server is busy enough rendering its first pages.
const FIRST_DELAY_MS = 60 * 1000;

/**
 * When the next automatic backup is due: an interval after the last good one — but not in the
 * first minute after a start (or the first interval, when that is shorter).
 */
export function nextBackupDelay(lastSuccessAt: string | undefined, intervalMs: number, now = Date.now()): number {
  const last = lastSuccessAt ? Date.parse(lastSuccessAt) : NaN;
  const due = Number.isNaN(last) ? now : last + intervalMs;
  return Math.max(Math.min(FIRST_DELAY_MS, intervalMs), due - now);
}

async function backupAndPrune() {
  try {
    const made = await makeBackup('automatic');
    if (!made) log.warn({ event: 'backup.skipped', reason: 'another backup is running' }, 'automatic backup skipped');
    else pruneAutomaticBackups();
  } catch {
    // makeBackup logged it and recorded it for the dashboard; the next one is tried on time.
  }
}

/**
 * Backs up every BACKUP_INTERVAL_HOURS while the server runs (instrumentation.ts starts it), timed
 * from the last good backup so that restarts do not postpone it, keeping the newest BACKUP_KEEP.
 * One at a time (makeBackup); the timer never keeps the process alive and stops at shutdown.
 */
export async function startAutomaticBackups(): Promise<void> {
  if (env.BACKUP_INTERVAL_HOURS === 0) {
    log.info({ event: 'backup.automatic_off', reason: 'BACKUP_INTERVAL_HOURS=0' }, 'automatic backups are off');
    return;
  }
  if (!env.DATABASE_URL.startsWith('file:')) {
    // A libSQL server or Turso: there is no file here to copy; the provider keeps the backups.
    log.info({ event: 'backup.automatic_off', reason: 'remote database' }, 'automatic backups are off');
    return;
  }
  const intervalMs = env.BACKUP_INTERVAL_HOURS * HOUR_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(async () => {
      // With several instances over one database (REDIS_URL), one of them backs it up.
      if (await backgroundWorkLock().held()) await backupAndPrune();
      schedule(intervalMs);
    }, delay);
    timer.unref();
  };
  registerTimer('automatic-backups', () => {
    stopped = true;
    clearTimeout(timer);
  });
  const status = await readBackupStatus().catch(() => ({}) as { lastSuccess?: { at: string } });
  schedule(nextBackupDelay(status.lastSuccess?.at, intervalMs));
}
