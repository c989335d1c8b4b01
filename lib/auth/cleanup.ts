import 'server-only';
import { purgeExpiredRevokedSessions } from '@/db/queries/sessions';
import { purgeExpiredTokens } from '@/db/queries/tokens';
import { registerTimer } from '@/lib/lifecycle/timers';
import { log } from '@/lib/logging/logger';

const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Forgets signed-out sessions and single-use tokens once they have expired on their own, now and
 * every six hours: an expired token is refused anyway, so keeping its row would only grow tables.
 */
export function startExpiredAuthRecordCleanup() {
  const purge = async () => {
    try {
      const now = new Date();
      await purgeExpiredRevokedSessions(now);
      await purgeExpiredTokens(now);
    } catch (error) {
      log.error({ event: 'auth.purge_failed', err: error }, 'purging expired sessions and tokens failed');
    }
  };
  void purge();
  // Never keeps the process alive on its own.
  const timer = setInterval(purge, EVERY_MS).unref();
  registerTimer('auth-cleanup', () => clearInterval(timer));
}
