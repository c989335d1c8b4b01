import 'server-only';
import { aliasedTable, and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { comments, COMMENT_STATUSES, posts, type CommentStatus } from '../schema';

export interface QueueComment {
  id: number;
  postId: number;
  postSlug: string;
  postTitle: string;
  parentId: number | null;
  parentAuthorName: string | null;
  authorName: string;
  authorEmail: string | null;
  authorUrl: string | null;
  ipHash: string | null;
  bodySource: string;
  bodyHtml: string;
  status: CommentStatus;
  createdAt: Date;
}

/** How many comments are in each tab of the moderation queue. */
export async function countCommentsByStatus(): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .select({ status: comments.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .groupBy(comments.status);
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const { status, n } of rows) counts[status] = n;
  return counts;
}

const parent = aliasedTable(comments, 'parent');

/** One tab of the moderation queue, newest first, with each comment's post and parent. */
export async function listCommentsForModeration(
  status: CommentStatus,
  { limit, offset }: { limit: number; offset: number },
): Promise<QueueComment[]> {
  return db
    .select({
      id: comments.id,
      postId: comments.postId,
      postSlug: posts.slug,
      postTitle: posts.title,
      parentId: comments.parentId,
      parentAuthorName: parent.authorName,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      ipHash: comments.ipHash,
      bodySource: comments.bodySource,
      bodyHtml: comments.bodyHtml,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .where(eq(comments.status, status))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .offset(offset);
}

export interface StatusChange {
  id: number;
  postId: number;
  previousStatus: CommentStatus;
}

/**
 * Moves comments to a status and returns what they were, so the change can be undone and the
 * caller knows which posts' pages to refresh.
 */
export async function setCommentStatus(ids: number[], status: CommentStatus, conn: Connection = db): Promise<StatusChange[]> {
  if (ids.length === 0) return [];
  return conn.transaction(async (tx) => {
    const before = await tx
      .select({ id: comments.id, postId: comments.postId, previousStatus: comments.status })
      .from(comments)
      .where(inArray(comments.id, ids));
    await tx
      .update(comments)
      .set({
        status,
        statusChangedAt: new Date(),
        approvedAt: status === 'approved' ? sql`coalesce(${comments.approvedAt}, ${Date.now()})` : comments.approvedAt,
      })
      .where(inArray(comments.id, ids));
    return before;
  });
}

/** Puts each comment back in the status it had (undo); returns what each was just before. */
export async function restoreCommentStatuses(
  changes: { id: number; previousStatus: CommentStatus }[],
): Promise<(StatusChange & { status: CommentStatus })[]> {
  return db.transaction(async (tx) => {
    const restored = [];
    for (const { id, previousStatus } of changes) {
      const [row] = await tx
        .select({ postId: comments.postId, status: comments.status })
        .from(comments)
        .where(eq(comments.id, id));
      if (!row) continue;
      await tx.update(comments).set({ status: previousStatus, statusChangedAt: new Date() }).where(eq(comments.id, id));
      restored.push({ id, postId: row.postId, previousStatus: row.status, status: previousStatus });
    }
    return restored;
  });
}

export async function getCommentForModeration(id: number) {
  const [row] = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      status: comments.status,
      authorEmail: comments.authorEmail,
      ipHash: comments.ipHash,
    })
    .from(comments)
    .where(eq(comments.id, id))
    .limit(1);
  return row ?? null;
}

export async function updateCommentBody(id: number, bodySource: string, bodyHtml: string) {
  const [row] = await db
    .update(comments)
    .set({ bodySource, bodyHtml })
    .where(eq(comments.id, id))
    .returning({ postId: comments.postId, status: comments.status });
  return row ?? null;
}

/** Deletes comments for good; replies to them stay, shown at the top level. */
export async function deleteComments(ids: number[]): Promise<{ postId: number; status: CommentStatus }[]> {
  if (ids.length === 0) return [];
  return db.delete(comments).where(inArray(comments.id, ids)).returning({ postId: comments.postId, status: comments.status });
}

/** Empties spam and trash of comments that have been there since before `before`. */
export async function purgeDiscardedComments(before: Date): Promise<number> {
  const since = sql`coalesce(${comments.statusChangedAt}, ${comments.createdAt})`;
  const deleted = await db
    .delete(comments)
    .where(and(inArray(comments.status, ['spam', 'trash']), lt(since, before.getTime())))
    .returning({ id: comments.id });
  return deleted.length;
}
