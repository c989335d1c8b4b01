import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { postRevisions, users } from '../schema';

export type RevisionReason = (typeof postRevisions.$inferInsert)['reason'];

export async function insertRevision(
  input: {
    postId: number;
    title: string;
    contentHtml: string;
    authorId: number | null;
    reason: RevisionReason;
    createdAt?: Date;
  },
  conn: Connection = db,
) {
  const [row] = await conn.insert(postRevisions).values(input).returning({ id: postRevisions.id });
  return row;
}

/** The newest revision of a post, to decide whether an autosave keeps another. */
export async function getLastRevision(postId: number, conn: Connection = db) {
  const [row] = await conn
    .select({
      id: postRevisions.id,
      reason: postRevisions.reason,
      authorId: postRevisions.authorId,
      createdAt: postRevisions.createdAt,
      title: postRevisions.title,
      contentHtml: postRevisions.contentHtml,
    })
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id))
    .limit(1);
  return row ?? null;
}

export interface RevisionSummary {
  id: number;
  createdAt: Date;
  reason: RevisionReason;
  authorName: string | null;
  title: string;
}

/** A post's revisions, newest first, with who wrote each. */
export async function listRevisions(postId: number, limit = 50): Promise<RevisionSummary[]> {
  return db
    .select({
      id: postRevisions.id,
      createdAt: postRevisions.createdAt,
      reason: postRevisions.reason,
      authorName: users.name,
      title: postRevisions.title,
    })
    .from(postRevisions)
    .leftJoin(users, eq(users.id, postRevisions.authorId))
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id))
    .limit(limit);
}

export async function getRevision(id: number) {
  const [row] = await db
    .select({
      id: postRevisions.id,
      postId: postRevisions.postId,
      title: postRevisions.title,
      contentHtml: postRevisions.contentHtml,
    })
    .from(postRevisions)
    .where(eq(postRevisions.id, id))
    .limit(1);
  return row ?? null;
}

/** Replaces the text of an autosave revision (unpublished edits of a published post, kept as they grow). */
export async function updateRevisionText(id: number, text: { title: string; contentHtml: string }, conn: Connection = db) {
  await conn.update(postRevisions).set(text).where(eq(postRevisions.id, id));
}

/** Edits of a published post saved after it was last published (the newest autosave since `since`). */
export async function getPendingAutosave(postId: number, since: Date) {
  const last = await getLastRevision(postId);
  return last && last.reason === 'autosave' && last.createdAt.getTime() > since.getTime() ? last : null;
}
