import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { comments, postViews, posts, type CommentStatus } from '../schema';

// SQL pieces that several post queries select or sort by, written once so that the reader pages, the
// admin list and the dashboard count the same things the same way.

/**
 * A published post of kind 'post': what every reader list, feed, archive, label page and the post
 * page show. Pages (kind 'page') are published too, but live outside the stream: see `isPublishedPage`.
 */
export const isPublished = and(eq(posts.kind, 'post'), eq(posts.status, 'published'))!;

/** A published standalone page (About, Contact), served at /<slug>. */
export const isPublishedPage = and(eq(posts.kind, 'page'), eq(posts.status, 'published'))!;

/** Published, whatever its kind: what search finds. */
export const isPublishedAnyKind = eq(posts.status, 'published');

/** The post's comments with this status (readers see the approved ones). */
export const commentCount = (status: CommentStatus) =>
  sql<number>`(
    select count(*) from ${comments}
    where ${comments.postId} = ${posts.id} and ${comments.status} = ${status}
  )`.mapWith(Number);

/** The post's views, all time or from a UTC day (YYYY-MM-DD) on; 0 without any. */
export const viewCount = (sinceDay?: string) =>
  sql<number>`coalesce((
    select sum(${postViews.views}) from ${postViews}
    where ${and(eq(postViews.postId, posts.id), sinceDay === undefined ? undefined : sql`${postViews.day} >= ${sinceDay}`)}
  ), 0)`.mapWith(Number);

/**
 * A row's publication time as a date that is always there: a published post always has one; the column
 * is nullable only for drafts.
 */
export function withPublicationDate<T extends { publishedAt: Date | null }>({
  publishedAt,
  ...rest
}: T): Omit<T, 'publishedAt'> & { publishedAt: Date } {
  return { ...rest, publishedAt: publishedAt ?? new Date(0) };
}

// Drafts have no publication date: in lists that hold both, they sort by their last change.
export const listDate = sql`coalesce(${posts.publishedAt}, ${posts.updatedAt})`;
