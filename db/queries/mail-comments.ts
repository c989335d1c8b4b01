import 'server-only';
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { db } from '../client';
import { comments, posts, users } from '../schema';

/** A comment with what its emails say about it and its post. */
export async function getCommentForMail(id: number) {
  const [row] = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      parentId: comments.parentId,
      userId: comments.userId,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      bodySource: comments.bodySource,
      status: comments.status,
      createdAt: comments.createdAt,
      postTitle: posts.title,
      postSlug: posts.slug,
      postAuthorId: posts.authorId,
      postAuthorEmail: users.email,
      postAuthorName: users.name,
      postAuthorDisabled: sql<boolean>`${users.disabledAt} is not null`.mapWith(Boolean),
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(comments.id, id));
  return row ?? null;
}

export type CommentForMail = NonNullable<Awaited<ReturnType<typeof getCommentForMail>>>;

/** Admins who can receive mail (not disabled). */
export async function listActiveAdmins(): Promise<{ id: number; email: string; name: string }[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)));
}

/**
 * Comments readers wrote after comment `afterId` (not spam), for the admins' daily digest. The
 * boundary is an id, not a time: comment ids only grow, and a comment written in the millisecond a
 * digest went out would be in neither digest if the boundary were its creation time.
 */
export async function listCommentsAfter(afterId: number) {
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      bodySource: comments.bodySource,
      status: comments.status,
      postTitle: posts.title,
      postSlug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(gt(comments.id, afterId), isNull(comments.userId), sql`${comments.status} in ('pending', 'approved')`))
    .orderBy(asc(comments.id));
}

/** The newest comment's id (0 when there is none), or the newest written by `at`. */
export async function lastCommentId(at?: Date): Promise<number> {
  const [row] = await db
    .select({ id: sql<number | null>`max(${comments.id})` })
    .from(comments)
    .where(at ? lte(comments.createdAt, at) : undefined);
  return row?.id ?? 0;
}
