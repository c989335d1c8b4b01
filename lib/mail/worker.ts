import 'server-only';
import { env } from '@/lib/env';
import { registerTimer } from '@/lib/lifecycle/timers';
import { backgroundWorkLock } from '@/lib/redis/instance-lock';
import { log } from '@/lib/logging/logger';
import { sendDigestIfDue } from './notify';
import { deliverDueMail } from './queue';
import { smtpConfigured, smtpDeliver } from './transport';

/**
 * The in-process mail worker: every MAIL_INTERVAL_SECONDS it sends what is due in mail_queue and,
 * once a day, the admins' digest. Like the scheduler it runs in the server process, never two ticks
 * at once, and its timer does not keep the process alive. On shutdown scripts/serve.ts awaits its
 * stop() before stopping the other timers and closing the database: no new mail is taken, and the
 * one being sent finishes (or, if the process dies, its lease runs out and the next start sends it).
 */

interface Worker {
  stop(): Promise<void>;
}

const holder = globalThis as unknown as { inkwellMailWorker?: Worker };

export function startMailWorker(): void {
  if (holder.inkwellMailWorker) return;
  let stopping = false;
  let current: Promise<void> | null = null;
  const tick = async () => {
    try {
      // With several instances (REDIS_URL) one sends; the claim in deliverDueMail would keep two from
      // sending one mail anyway, but the digest must be written once.
      if (!(await backgroundWorkLock().held())) return;
      if (smtpConfigured()) {
        await deliverDueMail(smtpDeliver, { retryBaseMs: env.MAIL_RETRY_SECONDS * 1000, shouldStop: () => stopping });
      }
      if (!stopping) await sendDigestIfDue();
    } catch (error) {
      log.error({ event: 'mail.worker_failed', err: error }, 'mail worker tick failed');
    }
  };
  const timer = setInterval(() => {
    if (current || stopping) return;
    current = tick().finally(() => (current = null));
  }, env.MAIL_INTERVAL_SECONDS * 1000);
  timer.unref();
  const halt = () => {
    stopping = true;
    clearInterval(timer);
  };
  // Stopped with the other background timers on shutdown (lib/lifecycle/timers.ts); serve.ts first
  // awaits stop() so a mail being sent finishes before the database closes.
  registerTimer('mail', halt);
  holder.inkwellMailWorker = {
    async stop() {
      halt();
      await current;
    },
  };
}

export async function stopMailWorker(): Promise<void> {
  await holder.inkwellMailWorker?.stop();
  holder.inkwellMailWorker = undefined;
}
