import 'server-only';
import { and, asc, gte, isNotNull, lt } from 'drizzle-orm';
import { db } from '../client';
import { posts } from '../schema';
import { isPublished } from './fragments';
import { countPublishedPostsWhere, listPublishedPostsWhere, type PostSummary } from './posts';

/** Publication times of every published post, oldest first (grouped by month in lib/archive). */
export async function listPublicationTimes(): Promise<Date[]> {
  const rows = await db
    .select({ publishedAt: posts.publishedAt })
    .from(posts)
    .where(and(isPublished, isNotNull(posts.publishedAt)))
    .orderBy(asc(posts.publishedAt));
  return rows.flatMap((r) => (r.publishedAt ? [r.publishedAt] : []));
}

const publishedBetween = (start: Date, end: Date) => and(gte(posts.publishedAt, start), lt(posts.publishedAt, end))!;

/** Published posts from `start` (inclusive) to `end` (exclusive), newest first. */
export function listPublishedPostsBetween(
  start: Date,
  end: Date,
  page: { limit: number; offset: number },
): Promise<PostSummary[]> {
  return listPublishedPostsWhere(publishedBetween(start, end), page);
}

export function countPublishedPostsBetween(start: Date, end: Date): Promise<number> {
  return countPublishedPostsWhere(publishedBetween(start, end));
}
