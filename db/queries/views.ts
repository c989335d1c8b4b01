import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { postViews, posts } from '../schema';

/** Counts one view of a published post on a UTC day; returns false for an unknown slug. */
export async function recordPostView(slug: string, day: string): Promise<boolean> {
  const [post] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.status, 'published'), eq(posts.slug, slug))).limit(1);
  if (!post) return false;
  await db
    .insert(postViews)
    .values({ postId: post.id, day, views: 1 })
    .onConflictDoUpdate({ target: [postViews.postId, postViews.day], set: { views: sql`${postViews.views} + 1` } });
  return true;
}
