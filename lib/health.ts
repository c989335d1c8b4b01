import 'server-only';
import { readMigrationJournal } from '@/db/backup/inspect';
import { newestAppliedMigration } from '@/db/queries/health';
import { log } from '@/lib/logging/logger';

export type Health = { ok: true } | { ok: false; problem: 'database unreachable' | 'migrations pending' };

/**
 * What /api/health answers: the database answers a query and holds every migration this code
 * knows. Nothing else leaves the server (no version, no path, no error text); the log says why.
 */
export async function checkHealth(): Promise<Health> {
  let newest: number | null;
  try {
    newest = await newestAppliedMigration();
  } catch (error) {
    log.error({ event: 'health.failed', problem: 'database unreachable', err: error }, 'health check: database unreachable');
    return { ok: false, problem: 'database unreachable' };
  }
  const expected = Math.max(...readMigrationJournal().entries.map((e) => e.when));
  if (newest === null || newest < expected) {
    log.error({ event: 'health.failed', problem: 'migrations pending', newest, expected }, 'health check: migrations pending');
    return { ok: false, problem: 'migrations pending' };
  }
  return { ok: true };
}
