'use server';

import { refresh, updateTag } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/forms/form-action';
import { canEditPost, canUseImage } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import type { EditContext } from '@/lib/posts/edit-context';
import { saveEditorPayload } from '@/lib/posts/editor-save';
import type { SavePostResult } from '@/lib/posts/editing';
import { restoreRevision, revisionsForEditor } from '@/lib/posts/revision-history';
import { deletePostsPermanently, transitionPosts } from '@/lib/posts/transitions';
import { MAX_CONTENT_LENGTH } from '@/lib/posts/input';
import { log } from '@/lib/logging/logger';

// Every write of the editor and the posts list. Each goes through formAction (authorise → parse →
// act), checks per post that the person may edit it (authors: their own), sanitizes the body
// (lib/content via lib/posts/editing) and invalidates exactly the cache tags the change touched.

const editContext = (user: SessionUser): EditContext => ({
  userId: user.id,
  mayEdit: (authorId) => canEditPost(user, { authorId }),
  mayUseImage: (uploadedBy) => canUseImage(user, { uploadedBy }),
});

const invalidate = (tags: string[]) => tags.forEach((tag) => updateTag(tag));

const postIdField = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);
const idList = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((ids) => ids.split(',').map(Number));

/** Autosave and publish: the editor sends its whole state as JSON in one field. */
export const savePostAction = formAction(
  {
    access: 'writePosts',
    signedOut: 'fail',
    schema: z.object({
      postId: postIdField,
      kind: z.enum(['autosave', 'publish']),
      payload: z.string().max(MAX_CONTENT_LENGTH * 2),
    }),
  },
  async ({ postId, kind, payload }, { user }): Promise<SavePostResult> => {
    const { result, tags } = await saveEditorPayload(editContext(user), postId, kind, payload);
    if (result.ok && kind === 'publish')
      log.info({ event: 'post.published', postId: result.postId, status: result.status, by: user.id }, 'post published');
    invalidate(tags);
    return result;
  },
);

/** Unpublish, trash and restore, for one post (the editor) or many (the posts list). */
export const transitionPostsAction = formAction(
  { access: 'writePosts', schema: z.object({ ids: idList, transition: z.enum(['unpublish', 'trash', 'restore']) }) },
  async ({ ids, transition }, { user, fail }) => {
    const result = await transitionPosts(editContext(user), ids, transition);
    if (!result.ok) return fail(result.error);
    log.info({ event: `posts.${transition}`, ids: result.changed, by: user.id }, 'posts changed status');
    invalidate(result.tags);
    return {
      ok: true,
      message: `${result.changed.length} ${result.changed.length === 1 ? 'post' : 'posts'} changed.`,
      versions: result.versions,
    };
  },
);

// The posts list's checkboxes are named post-<id> (several values under one name would not survive parsing).
const bulkSchema = z
  .object({ bulk: z.enum(['trash', 'restore', 'deletePermanently']) })
  .catchall(z.string())
  .transform(({ bulk, ...fields }) => ({
    bulk,
    ids: Object.keys(fields).flatMap((name) => (/^post-\d+$/.test(name) ? [Number(name.slice(5))] : [])),
  }));

/** The posts list's bulk actions. */
export const bulkPostsAction = formAction({ access: 'writePosts', schema: bulkSchema }, async ({ bulk, ids }, { user, fail }) => {
  if (ids.length === 0) return fail('Select at least one post first.');
  const ctx = editContext(user);
  if (bulk === 'deletePermanently') {
    const result = await deletePostsPermanently(ctx, ids);
    if (!result.ok) return fail(result.error);
    log.info({ event: 'posts.deleted', ids: result.deleted, by: user.id }, 'posts deleted for good');
    refresh();
    return { ok: true, message: `${result.deleted.length} deleted permanently.` };
  }
  const result = await transitionPosts(ctx, ids, bulk);
  if (!result.ok) return fail(result.error);
  log.info({ event: `posts.${bulk}`, ids: result.changed, by: user.id }, 'posts changed status');
  invalidate(result.tags);
  // The list itself shows the change (drafts touch no reader tags, so nothing else would refresh it).
  refresh();
  const n = result.changed.length;
  const done = bulk === 'trash' ? 'moved to the trash' : n === 1 ? 'restored as a draft' : 'restored as drafts';
  return { ok: true, message: `${n} ${n === 1 ? 'post' : 'posts'} ${done}.` };
});

/** Loads a revision's text back into the editor (keeping the current text as a revision first). */
export const restoreRevisionAction = formAction(
  {
    access: 'writePosts',
    schema: z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive() }),
  },
  async ({ postId, revisionId }, { user, fail }) => {
    const result = await restoreRevision(editContext(user), postId, revisionId);
    if (!result.ok) return fail(result.error);
    return { ok: true, message: 'Revision restored.', title: result.title, contentHtml: result.contentHtml };
  },
);

/** A post's revisions, for the editor's panel after a save that kept one. */
export const listRevisionsAction = formAction(
  { access: 'writePosts', schema: z.object({ postId: z.coerce.number().int().positive() }) },
  async ({ postId }, { user, fail }) => {
    const result = await revisionsForEditor(editContext(user), postId);
    if (!result.ok) return fail(result.error);
    return { ok: true, message: '', revisions: result.revisions };
  },
);
