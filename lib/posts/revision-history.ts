import 'server-only';
import { getPostForEditing, getPostOwners } from '@/db/queries/post-editing';
import { getRevision, insertRevision, listRevisions, type RevisionSummary } from '@/db/queries/revisions';
import { FORBIDDEN, isOfKind, NOT_FOUND, type EditContext, type EditResult } from './edit-context';

// A post's revisions as the editor's panel shows them, and loading one back. Which revisions are
// kept on save is savePost's job (editing.ts, by the rules in revisions.ts).

/**
 * Loads a revision back for the editor. What the post holds now is kept first as a "restore" revision,
 * so restoring can itself be undone; the editor then saves the restored text like any edit.
 */
export async function restoreRevision(
  ctx: EditContext,
  postId: number,
  revisionId: number,
): Promise<EditResult<{ title: string; contentHtml: string }>> {
  const [post, revision] = await Promise.all([getPostForEditing(postId), getRevision(revisionId)]);
  if (!post || !isOfKind(ctx, post) || !revision || revision.postId !== postId) return NOT_FOUND;
  if (!ctx.mayEdit(post.authorId)) return FORBIDDEN;
  await insertRevision({
    postId,
    title: post.title,
    contentHtml: post.contentHtml,
    authorId: ctx.userId,
    reason: 'restore',
    createdAt: ctx.now,
  });
  return { ok: true, tags: [], title: revision.title, contentHtml: revision.contentHtml };
}

/** A post's revisions, newest first, for someone who may edit it. */
export async function revisionsForEditor(
  ctx: EditContext,
  postId: number,
): Promise<EditResult<{ revisions: RevisionSummary[] }>> {
  const post = await getPostOwners([postId]);
  if (post.length === 0 || !isOfKind(ctx, post[0])) return NOT_FOUND;
  if (!ctx.mayEdit(post[0].authorId)) return FORBIDDEN;
  return { ok: true, tags: [], revisions: await listRevisions(postId) };
}
