import 'server-only';
import { hasScheduledWork } from '@/db/queries/scheduling';
import { hasViewVisitorsBefore } from '@/db/queries/views';
import { viewVisitorsPurgeDay } from '@/lib/views/visitor';
import { env } from '@/lib/env';
import { authSecret } from '@/lib/auth/secret';
import { schedulerToken } from './scheduler-token';
import { trashPurgeCutoff } from './status';
import { registerTimer } from '@/lib/lifecycle/timers';
import { log } from '@/lib/logging/logger';
import { backgroundWorkLock } from '@/lib/redis/instance-lock';

export const SCHEDULED_WORK_PATH = '/api/internal/scheduled-work';

/**
 * Runs `tick` every `intervalMs`, never two at once, from the server process itself: scheduled posts
 * go out on time with nobody visiting. The timer does not keep the process alive on shutdown.
 */
export function startInterval(intervalMs: number, tick: () => Promise<void>): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await tick();
    } catch (error) {
      log.error({ event: 'scheduler.failed', err: error }, 'scheduled work failed');
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * One scheduler tick. Publishing must invalidate cached pages, and Next only lets a request do that
 * (`revalidateTag` outside one throws "static generation store missing"), so when there is work the
 * tick asks this same server to do it, through an internal route authenticated with the server's secret.
 */
export async function schedulerTick(now = new Date()): Promise<void> {
  // With several instances (REDIS_URL) only the lock's holder runs the work; the others wait to
  // take over. Held for three intervals: the holder extends it on every tick.
  if (!(await backgroundWorkLock().held())) return;
  const due = (await hasScheduledWork(now, trashPurgeCutoff(now))) || (await hasViewVisitorsBefore(viewVisitorsPurgeDay(now)));
  if (!due) return;
  const port = process.env.PORT ?? String(env.PORT);
  const response = await fetch(`http://127.0.0.1:${port}${SCHEDULED_WORK_PATH}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${schedulerToken(authSecret())}` },
  });
  if (!response.ok) throw new Error(`scheduled work answered ${response.status}`);
}

const started = globalThis as unknown as { inkwellScheduler?: () => void };

/** Starts the scheduler once per process (instrumentation.ts calls this at boot). */
export function startScheduler(): void {
  if (started.inkwellScheduler) return;
  const stop = (started.inkwellScheduler = startInterval(env.SCHEDULER_INTERVAL_SECONDS * 1000, () => schedulerTick()));
  registerTimer('scheduler', () => {
    stop();
    started.inkwellScheduler = undefined;
  });
}
