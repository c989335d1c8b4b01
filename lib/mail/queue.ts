import 'server-only';
import { randomUUID } from 'node:crypto';
import { claimDueMail, countMailTo, insertMail, markMailFailed, markMailSent, type QueuedMail } from '@/db/queries/mail-queue';
import { log, maskEmail } from '@/lib/logging/logger';
import type { Mail } from './templates';

/**
 * The mail queue. Nothing is sent on a request: a mail is written to mail_queue and the worker
 * (./worker.ts) sends it. How a mail is kept from being sent twice:
 *
 * 1. Its Message-ID is fixed when it is queued, so every attempt sends the same message.
 * 2. A worker takes a mail with one UPDATE that leases it (status 'sending', a lease id, a time);
 *    no other worker or process can take it while the lease runs (db/queries/mail-queue.ts).
 * 3. Only after the SMTP server has accepted it is it marked 'sent', by the lease's holder; a mail
 *    is never retried once 'sent'. The one gap left is a crash between the server's acceptance and
 *    that write: the lease then runs out and the mail is sent again, with the same Message-ID.
 */

/** Kinds counted by the per-address limit (confirmations have their own, one an hour). */
export const NOTIFICATION_KINDS = ['new-comment', 'reply', 'digest'];
/** At most this many notifications to one address in an hour; the rest are logged as skipped. */
export const NOTIFICATIONS_PER_ADDRESS_PER_HOUR = 20;
/** After this many failed attempts a mail is marked failed (shown in the outbox). */
export const MAX_ATTEMPTS = 8;
/** How long a worker holds a mail it is sending before another may take it back. */
export const LEASE_MS = 2 * 60 * 1000;

export interface Sender {
  /** Whether mail leaves the server; without SMTP it is kept in the outbox. */
  smtp: boolean;
  domain: string;
}

export function newMessageId(domain: string): string {
  return `<${randomUUID()}@${domain}>`;
}

/**
 * Queues one mail. `limited` notifications over the per-address limit are written as 'skipped'
 * (the outbox says why) rather than sent.
 */
export async function enqueueMail(
  sender: Sender,
  mail: Mail & { to: string; kind: string; aboutCommentId?: number; headers?: Record<string, string> },
  now = new Date(),
): Promise<{ id: number; status: 'queued' | 'kept' | 'skipped' }> {
  const toAddress = mail.to.trim().toLowerCase();
  let status: 'queued' | 'kept' | 'skipped' = sender.smtp ? 'queued' : 'kept';
  let lastError: string | null = null;
  if (NOTIFICATION_KINDS.includes(mail.kind)) {
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
    const recent = await countMailTo(toAddress, NOTIFICATION_KINDS, hourAgo, NOTIFICATIONS_PER_ADDRESS_PER_HOUR);
    if (recent >= NOTIFICATIONS_PER_ADDRESS_PER_HOUR) {
      status = 'skipped';
      lastError = `Not sent: ${NOTIFICATIONS_PER_ADDRESS_PER_HOUR} notifications to this address within the hour.`;
    }
  }
  const id = await insertMail({
    messageId: newMessageId(sender.domain),
    toAddress,
    kind: mail.kind,
    aboutCommentId: mail.aboutCommentId,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers ?? {},
    status,
    lastError,
    now,
  });
  log.info({ event: 'mail.queued', id, kind: mail.kind, status, to: maskEmail(toAddress) }, 'mail queued');
  return { id, status };
}

/** Delay before attempt `attempts + 1`: the base, doubled each time, at most six hours. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

export type Deliver = (mail: QueuedMail) => Promise<void>;

/**
 * Sends every mail that is due, one at a time, until none is left or `shouldStop` says so. Returns
 * how many were sent. A failure schedules a retry with backoff, or gives up after MAX_ATTEMPTS.
 */
export async function deliverDueMail(
  deliver: Deliver,
  options: { retryBaseMs: number; now?: () => Date; shouldStop?: () => boolean },
): Promise<number> {
  const now = options.now ?? (() => new Date());
  const leaseId = randomUUID();
  let sent = 0;
  while (!options.shouldStop?.()) {
    const mail = await claimDueMail(leaseId, now(), LEASE_MS);
    if (!mail) break;
    try {
      await deliver(mail);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        mail.attempts >= MAX_ATTEMPTS ? null : new Date(now().getTime() + retryDelayMs(mail.attempts, options.retryBaseMs));
      await markMailFailed(mail.id, leaseId, message, retryAt);
      log.warn(
        { event: 'mail.failed', id: mail.id, attempts: mail.attempts, retryAt: retryAt?.toISOString() ?? null, err: message },
        retryAt ? 'sending mail failed; will retry' : 'sending mail failed; giving up',
      );
      // The server is likely down: the rest waits for the next tick rather than failing one by one.
      break;
    }
    if (await markMailSent(mail.id, leaseId, now())) sent += 1;
    log.info({ event: 'mail.sent', id: mail.id, kind: mail.kind, attempts: mail.attempts }, 'mail sent');
  }
  return sent;
}
