import 'server-only';
import { and, eq, lte, or, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { posts } from '../schema';

// The scheduler's statements: what is due is decided here, in SQL, in one place for both the check
// ("is there work?") and the work itself.

/** A scheduled post whose time has come; drafts and trashed posts with a date never are. */
const dueForPublication = (now: Date) => and(eq(posts.status, 'scheduled'), lte(posts.publishedAt, now));

/** A post that has been in the trash since `cutoff` or before. */
const trashedBy = (cutoff: Date) => and(eq(posts.status, 'trashed'), lte(posts.trashedAt, cutoff));

/** Whether the scheduler has anything to do: scheduled posts that are due, or trash past its time. */
export async function hasScheduledWork(now: Date, trashCutoff: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(or(dueForPublication(now), trashedBy(trashCutoff)))
    .limit(1);
  return !!row;
}

/** Publishes every scheduled post whose time has come, in one statement; returns what it published. */
export async function publishDueScheduledPosts(now: Date, conn: Connection = db) {
  return conn
    .update(posts)
    .set({ status: 'published', version: sql`${posts.version} + 1`, updatedAt: now })
    .where(dueForPublication(now))
    .returning({ id: posts.id, slug: posts.slug, title: posts.title, contentHtml: posts.contentHtml, authorId: posts.authorId });
}

/** Deletes posts that have been in the trash since before `cutoff` (with everything theirs, by cascade). */
export async function purgeTrashedPostsBefore(cutoff: Date): Promise<{ id: number; slug: string }[]> {
  return db.delete(posts).where(trashedBy(cutoff)).returning({ id: posts.id, slug: posts.slug });
}
