import 'server-only';
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { db } from '../client';
import { mailQueue, type MailStatus } from '../schema';

export type QueuedMail = typeof mailQueue.$inferSelect;

export interface NewMail {
  messageId: string;
  toAddress: string;
  kind: string;
  aboutCommentId?: number | null;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** 'queued' to be sent; 'kept' (no SMTP) stays in the outbox; 'skipped' is logged as not sent (a limit). */
  status: Extract<MailStatus, 'queued' | 'kept' | 'skipped'>;
  lastError?: string | null;
  now: Date;
}

export async function insertMail(mail: NewMail): Promise<number> {
  const [row] = await db
    .insert(mailQueue)
    .values({
      messageId: mail.messageId,
      toAddress: mail.toAddress,
      kind: mail.kind,
      aboutCommentId: mail.aboutCommentId ?? null,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: JSON.stringify(mail.headers),
      status: mail.status,
      lastError: mail.lastError ?? null,
      nextAttemptAt: mail.now,
      createdAt: mail.now,
    })
    .returning({ id: mailQueue.id });
  return row.id;
}

/**
 * Takes the next mail that is due, for `leaseMs`: a queued one whose retry time has come, or one a
 * worker began sending and whose lease ran out (the process died mid-send). One UPDATE with its
 * own sub-select, so two workers — two processes, even — can never take the same row: SQLite runs
 * the statement under the write lock, and the second sees the row already leased.
 */
export async function claimDueMail(leaseId: string, now: Date, leaseMs: number): Promise<QueuedMail | null> {
  const nowMs = now.getTime();
  const rows = await db.all<Record<string, unknown>>(sql`
    update mail_queue
    set status = 'sending', lease_id = ${leaseId}, lease_until = ${nowMs + leaseMs}, attempts = attempts + 1
    where id = (
      select id from mail_queue
      where (status = 'queued' and next_attempt_at <= ${nowMs})
         or (status = 'sending' and lease_until <= ${nowMs})
      order by next_attempt_at, id
      limit 1
    )
    returning id`);
  const id = rows[0]?.id;
  if (id === undefined) return null;
  const [mail] = await db
    .select()
    .from(mailQueue)
    .where(eq(mailQueue.id, Number(id)));
  return mail ?? null;
}

/** The server accepted it. Only the holder of the lease writes it (a retaken row is someone else's). */
export async function markMailSent(id: number, leaseId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(mailQueue)
    .set({ status: 'sent', sentAt: now, leaseId: null, leaseUntil: null, lastError: null })
    .where(and(eq(mailQueue.id, id), eq(mailQueue.leaseId, leaseId), eq(mailQueue.status, 'sending')))
    .returning({ id: mailQueue.id });
  return rows.length > 0;
}

/** Sending failed: try again at `retryAt`, or give up (`retryAt` null). */
export async function markMailFailed(id: number, leaseId: string, error: string, retryAt: Date | null) {
  await db
    .update(mailQueue)
    .set({
      status: retryAt ? 'queued' : 'failed',
      nextAttemptAt: retryAt ?? undefined,
      leaseId: null,
      leaseUntil: null,
      lastError: error.slice(0, 500),
    })
    .where(and(eq(mailQueue.id, id), eq(mailQueue.leaseId, leaseId)));
}

/**
 * Mails to an address of the given kinds since `since`, counted for the per-address limits, up to
 * `atMost`: the limit only asks whether there are that many. Counting them all read every mail of
 * the hour to that address, the skipped ones too: a comment storm made thousands, and each new
 * comment's count took longer than everything else it did (1 ms at 2,700: docs/performance.md).
 */
export async function countMailTo(toAddress: string, kinds: string[], since: Date, atMost: number): Promise<number> {
  const counted = db
    .select({ one: sql`1` })
    .from(mailQueue)
    .where(
      and(
        eq(mailQueue.toAddress, toAddress),
        inArray(mailQueue.kind, kinds),
        gte(mailQueue.createdAt, since),
        inArray(mailQueue.status, ['queued', 'sending', 'sent', 'kept']),
      ),
    )
    .limit(atMost)
    .as('counted');
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(counted);
  return Number(row?.n ?? 0);
}

/** The outbox: newest first. */
export async function listOutbox(limit = 100): Promise<QueuedMail[]> {
  return db.select().from(mailQueue).orderBy(desc(mailQueue.id)).limit(limit);
}

/** Whether this address was already told about this comment (of these kinds). */
export async function wasToldAbout(toAddress: string, commentId: number, kinds: string[]): Promise<boolean> {
  const [row] = await db
    .select({ id: mailQueue.id })
    .from(mailQueue)
    .where(and(eq(mailQueue.toAddress, toAddress), eq(mailQueue.aboutCommentId, commentId), inArray(mailQueue.kind, kinds)))
    .limit(1);
  return row !== undefined;
}
