import 'server-only';
import { purgeDiscardedComments } from '@/db/queries/moderation';
import { registerTimer } from '@/lib/lifecycle/timers';
import { log } from '@/lib/logging/logger';
import { DAY_MS } from '@/lib/time';

export const DISCARDED_COMMENT_DAYS = 30;
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Empties spam and trash of comments that have been there for 30 days, now and every six hours.
 * Runs in the server process; readers never see spam or trash, so no page needs refreshing.
 */
export function startDiscardedCommentCleanup() {
  const purge = () =>
    purgeDiscardedComments(new Date(Date.now() - DISCARDED_COMMENT_DAYS * DAY_MS)).catch((error) =>
      log.error({ event: 'comments.purge_failed', err: error }, 'emptying old spam and trash failed'),
    );
  void purge();
  // Never keeps the process alive on its own.
  const timer = setInterval(purge, EVERY_MS).unref();
  registerTimer('comment-cleanup', () => clearInterval(timer));
}
