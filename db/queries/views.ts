import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '../client';
import { postViewVisitors, postViews, posts } from '../schema';
import { isPublished } from './fragments';

export type RecordedView = 'counted' | 'alreadyCounted' | 'unknownPost';

/**
 * Counts a view of a published post on a UTC day, at most once per visitor (a daily keyed hash,
 * lib/views/visitor.ts): the visitor row and the counter change together or not at all.
 */
export async function recordPostView(slug: string, day: string, visitor: string): Promise<RecordedView> {
  const [post] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(isPublished, eq(posts.slug, slug)))
    .limit(1);
  if (!post) return 'unknownPost';
  // One batch (a single transaction, run without yielding between its statements): the counter
  // goes up only when the statement before it inserted a new visitor row (`changes()`).
  const [seen] = await db.batch([
    db.insert(postViewVisitors).values({ postId: post.id, day, visitor }).onConflictDoNothing(),
    db.run(sql`
      insert into ${postViews} (${sql.identifier(postViews.postId.name)}, ${sql.identifier(postViews.day.name)}, ${sql.identifier(postViews.views.name)})
      select ${post.id}, ${day}, 1 where changes() = 1
      on conflict do update set ${sql.identifier(postViews.views.name)} = ${postViews.views} + 1`),
  ]);
  return seen.rowsAffected === 1 ? 'counted' : 'alreadyCounted';
}

/** Forgets who was counted before `day` (YYYY-MM-DD); returns how many rows went. */
export async function purgeViewVisitorsBefore(day: string): Promise<number> {
  const gone = await db.delete(postViewVisitors).where(lt(postViewVisitors.day, day)).returning({ day: postViewVisitors.day });
  return gone.length;
}

/** Whether any visitor rows from before `day` are left to purge (the scheduler's cheap check). */
export async function hasViewVisitorsBefore(day: string): Promise<boolean> {
  const [row] = await db
    .select({ day: postViewVisitors.day })
    .from(postViewVisitors)
    .where(lt(postViewVisitors.day, day))
    .limit(1);
  return !!row;
}
