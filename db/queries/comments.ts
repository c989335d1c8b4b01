import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { comments, posts, type CommentStatus } from '../schema';
import { withPublicationDate } from './fragments';

export interface ApprovedComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  bodyHtml: string;
  createdAt: Date;
  /** Written by the post's author while signed in. */
  byPostAuthor: boolean;
}

/** Approved comments of a post, oldest first (threads are assembled by the caller). */
export async function listApprovedComments(postId: number): Promise<ApprovedComment[]> {
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorUrl: comments.authorUrl,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      byPostAuthor: sql<boolean>`coalesce(${comments.userId} = ${posts.authorId}, 0)`.mapWith(Boolean),
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.postId, postId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export async function insertComment(
  values: {
    userId?: number | null;
    ipHash?: string | null;
    commenterKeyHash?: string | null;
    postId: number;
    parentId?: number | null;
    authorName: string;
    authorEmail?: string | null;
    authorUrl?: string | null;
    bodySource: string;
    bodyHtml: string;
    status: CommentStatus;
    createdAt?: Date;
    approvedAt?: Date | null;
  },
  conn: Connection = db,
) {
  const [row] = await conn.insert(comments).values(values).returning({ id: comments.id });
  return row;
}

/** A published post as the comment form needs it, or null. */
export async function getPostForCommenting(slug: string) {
  const [post] = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      commentsOpen: posts.commentsOpen,
      publishedAt: posts.publishedAt,
    })
    .from(posts)
    .where(and(eq(posts.slug, slug), eq(posts.status, 'published')))
    .limit(1);
  return post ? withPublicationDate(post) : null;
}

/** Whether an approved comment on the same post has this id (replies attach only to those). */
export async function isApprovedCommentOf(commentId: number, postId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.postId, postId), eq(comments.status, 'approved')))
    .limit(1);
  return !!row;
}

/** Whether an approved comment was written from the browser holding this commenter key (its keyed hash). */
export async function hasApprovedCommentWithKey(commenterKeyHash: string): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.commenterKeyHash, commenterKeyHash), eq(comments.status, 'approved')))
    .limit(1);
  return !!row;
}

/**
 * Whether this commenter already posted the same text on this post (and it was not thrown away):
 * the same address, or the same email. Two readers who both write "Thank you!" are not duplicates.
 */
export async function isDuplicateComment(
  postId: number,
  bodySource: string,
  by: { ipHash: string; email: string | null },
): Promise<boolean> {
  const sameCommenter = by.email
    ? or(eq(comments.ipHash, by.ipHash), sql`lower(${comments.authorEmail}) = ${by.email.toLowerCase()}`)
    : eq(comments.ipHash, by.ipHash);
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.postId, postId),
        eq(comments.bodySource, bodySource),
        inArray(comments.status, ['approved', 'pending']),
        sameCommenter,
      ),
    )
    .limit(1);
  return !!row;
}
