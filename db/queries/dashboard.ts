import 'server-only';
import { and, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { comments, posts, postViews, users } from '../schema';

// Numbers for the back office's dashboard. `authorId` narrows a figure to one author's posts
// (what an author sees); without it the figure covers the whole blog (what an admin sees).

const byAuthor = (authorId?: number): SQL | undefined => (authorId === undefined ? undefined : eq(posts.authorId, authorId));

export interface PostCounts {
  published: number;
  draft: number;
  scheduled: number;
}

export async function countPostsByStatus(authorId?: number): Promise<PostCounts> {
  const rows = await db
    .select({ status: posts.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(posts)
    .where(and(eq(posts.kind, 'post'), inArray(posts.status, ['published', 'draft', 'scheduled']), byAuthor(authorId)))
    .groupBy(posts.status);
  const counts: PostCounts = { published: 0, draft: 0, scheduled: 0 };
  for (const { status, n } of rows) if (status in counts) counts[status as keyof PostCounts] = n;
  return counts;
}

export async function countPendingComments(): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .where(eq(comments.status, 'pending'));
  return row?.n ?? 0;
}

export interface DraftSummary {
  id: number;
  title: string;
  authorName: string;
  updatedAt: Date;
}

export async function listRecentDrafts({ authorId, limit }: { authorId?: number; limit: number }): Promise<DraftSummary[]> {
  return db
    .select({ id: posts.id, title: posts.title, authorName: users.name, updatedAt: posts.updatedAt })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(posts.kind, 'post'), eq(posts.status, 'draft'), byAuthor(authorId)))
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(limit);
}

export interface DailyCount {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** Post views per UTC day from `fromDay` on; days without views are absent. */
export async function dailyViews({ fromDay, authorId }: { fromDay: string; authorId?: number }): Promise<DailyCount[]> {
  return db
    .select({ day: postViews.day, count: sql<number>`sum(${postViews.views})`.mapWith(Number) })
    .from(postViews)
    .innerJoin(posts, eq(posts.id, postViews.postId))
    .where(and(gte(postViews.day, fromDay), byAuthor(authorId)))
    .groupBy(postViews.day)
    .orderBy(postViews.day);
}

/** Comments received (pending or approved, not spam or trash) per UTC day since `from`. */
export async function dailyComments({ from, authorId }: { from: Date; authorId?: number }): Promise<DailyCount[]> {
  const day = sql<string>`strftime('%Y-%m-%d', ${comments.createdAt} / 1000, 'unixepoch')`;
  return db
    .select({ day, count: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(gte(comments.createdAt, from), inArray(comments.status, ['pending', 'approved']), byAuthor(authorId)))
    .groupBy(day)
    .orderBy(day);
}
