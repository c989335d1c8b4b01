import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { comments, type CommentStatus } from '../schema';

export interface ApprovedComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  bodyHtml: string;
  createdAt: Date;
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
    })
    .from(comments)
    .where(and(eq(comments.postId, postId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export async function insertComment(values: {
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
}) {
  const [row] = await db.insert(comments).values(values).returning({ id: comments.id });
  return row;
}
