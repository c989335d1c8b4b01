import 'server-only';
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '../client';
import { comments, mailSubscribers, mailSubscriptions } from '../schema';

export type Subscriber = typeof mailSubscribers.$inferSelect;

/** The subscriber for an address (lower-cased), made when it is new. */
export async function findOrCreateSubscriber(email: string): Promise<Subscriber> {
  await db.insert(mailSubscribers).values({ email }).onConflictDoNothing({ target: mailSubscribers.email });
  const [row] = await db.select().from(mailSubscribers).where(eq(mailSubscribers.email, email));
  return row;
}

export async function findSubscriber(id: number): Promise<Subscriber | null> {
  const [row] = await db.select().from(mailSubscribers).where(eq(mailSubscribers.id, id));
  return row ?? null;
}

export async function findSubscriberByEmail(email: string): Promise<Subscriber | null> {
  const [row] = await db.select().from(mailSubscribers).where(eq(mailSubscribers.email, email));
  return row ?? null;
}

export async function addSubscription(input: { subscriberId: number; postId: number; commentId: number | null }) {
  await db.insert(mailSubscriptions).values(input);
}

/**
 * Claims the hourly confirmation for this address: true (and the time is written) only when none
 * was sent within the hour. One UPDATE, so two comments at once cannot both send one.
 */
export async function claimConfirmationSlot(subscriberId: number, now: Date, hourAgo: Date): Promise<boolean> {
  const rows = await db
    .update(mailSubscribers)
    .set({ confirmationSentAt: now })
    .where(
      and(
        eq(mailSubscribers.id, subscriberId),
        isNull(mailSubscribers.unsubscribedAt),
        sql`(${mailSubscribers.confirmationSentAt} is null or ${mailSubscribers.confirmationSentAt} <= ${hourAgo.getTime()})`,
      ),
    )
    .returning({ id: mailSubscribers.id });
  return rows.length > 0;
}

export async function markSubscriberConfirmed(subscriberId: number, now: Date): Promise<Subscriber | null> {
  const [row] = await db
    .update(mailSubscribers)
    .set({ confirmedAt: sql`coalesce(${mailSubscribers.confirmedAt}, ${now.getTime()})` })
    .where(and(eq(mailSubscribers.id, subscriberId), isNull(mailSubscribers.unsubscribedAt)))
    .returning();
  return row ?? null;
}

export async function markSubscriberUnsubscribed(subscriberId: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(mailSubscribers)
    .set({ unsubscribedAt: sql`coalesce(${mailSubscribers.unsubscribedAt}, ${now.getTime()})` })
    .where(eq(mailSubscribers.id, subscriberId))
    .returning({ id: mailSubscribers.id });
  return rows.length > 0;
}

/**
 * Who hears about a newly approved comment: subscribers to the comment it answers and to its whole
 * post, confirmed and still subscribed, each once, never the comment's own writer.
 */
export async function subscribersForComment(comment: {
  postId: number;
  parentId: number | null;
  authorEmail: string | null;
}): Promise<{ subscriber: Subscriber; reason: 'reply' | 'post' }[]> {
  const rows = await db
    .select({ subscriber: mailSubscribers, commentId: mailSubscriptions.commentId })
    .from(mailSubscriptions)
    .innerJoin(mailSubscribers, eq(mailSubscribers.id, mailSubscriptions.subscriberId))
    .where(
      and(
        eq(mailSubscriptions.postId, comment.postId),
        comment.parentId === null
          ? isNull(mailSubscriptions.commentId)
          : sql`(${mailSubscriptions.commentId} is null or ${mailSubscriptions.commentId} = ${comment.parentId})`,
        isNotNull(mailSubscribers.confirmedAt),
        isNull(mailSubscribers.unsubscribedAt),
      ),
    );
  const byId = new Map<number, { subscriber: Subscriber; reason: 'reply' | 'post' }>();
  const own = comment.authorEmail?.toLowerCase();
  for (const row of rows) {
    if (row.subscriber.email === own) continue;
    const reason = row.commentId === null ? 'post' : 'reply';
    const seen = byId.get(row.subscriber.id);
    if (!seen || reason === 'reply') byId.set(row.subscriber.id, { subscriber: row.subscriber, reason });
  }
  return [...byId.values()];
}

/** Whether this address was confirmed and has an approved comment: lib/comments/trust.ts. */
export async function isConfirmedWithApprovedComment(email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: mailSubscribers.id })
    .from(mailSubscribers)
    .innerJoin(comments, and(sql`lower(${comments.authorEmail}) = ${mailSubscribers.email}`, eq(comments.status, 'approved')))
    .where(and(eq(mailSubscribers.email, email), isNotNull(mailSubscribers.confirmedAt)))
    .limit(1);
  return row !== undefined;
}

export interface SubscriberRow extends Subscriber {
  subscriptions: number;
}

/** For /admin/subscribers: newest first, with how many subscriptions each holds. */
export async function listSubscribers(): Promise<SubscriberRow[]> {
  return db
    .select({
      id: mailSubscribers.id,
      email: mailSubscribers.email,
      confirmedAt: mailSubscribers.confirmedAt,
      unsubscribedAt: mailSubscribers.unsubscribedAt,
      confirmationSentAt: mailSubscribers.confirmationSentAt,
      createdAt: mailSubscribers.createdAt,
      subscriptions: sql<number>`(select count(*) from mail_subscriptions s where s.subscriber_id = ${mailSubscribers.id})`,
    })
    .from(mailSubscribers)
    .orderBy(desc(mailSubscribers.id));
}

/** Forgets the address and everything it subscribed to (the subscriptions cascade). */
export async function deleteSubscriber(id: number): Promise<boolean> {
  const rows = await db.delete(mailSubscribers).where(eq(mailSubscribers.id, id)).returning({ id: mailSubscribers.id });
  return rows.length > 0;
}

/** Every subscriber with their subscriptions, for the JSON export. */
export async function exportSubscriptions() {
  const subscribers = await db.select().from(mailSubscribers).orderBy(mailSubscribers.id);
  const subscriptions = await db.select().from(mailSubscriptions).orderBy(mailSubscriptions.id);
  return subscribers.map((s) => ({
    email: s.email,
    confirmedAt: s.confirmedAt?.toISOString() ?? null,
    unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
    subscriptions: subscriptions
      .filter((x) => x.subscriberId === s.id)
      .map((x) => ({ postId: x.postId, commentId: x.commentId, createdAt: x.createdAt.toISOString() })),
  }));
}
