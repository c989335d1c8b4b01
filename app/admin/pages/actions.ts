'use server';

import { refresh, updateTag } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/forms/form-action';
import { canEditPost, canUseImage } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { log } from '@/lib/logging/logger';
import { canWritePages, PAGES_NOT_ALLOWED } from '@/lib/pages/access';
import type { EditContext } from '@/lib/posts/edit-context';
import { refusedSave, saveEditorPayload } from '@/lib/posts/editor-save';
import type { SavePostResult } from '@/lib/posts/editing';
import { MAX_CONTENT_LENGTH } from '@/lib/posts/input';
import { restoreRevision, revisionsForEditor } from '@/lib/posts/revision-history';
import { deletePostsPermanently, transitionPosts } from '@/lib/posts/transitions';
import { loadSiteSettings } from '@/lib/settings/site-settings';

// The pages' editor and list: the posts' own service (lib/posts/editing.ts, sanitizer, revisions,
// slugs, concurrency, redirects) with an edit context of kind 'page', so these act on pages only
// and the posts' actions on posts only. Every action first asks whether this person may write pages
// at all (admins; authors while the setting allows), from the stored settings, never a cached copy.

const editContext = (user: SessionUser): EditContext => ({
  userId: user.id,
  kind: 'page',
  mayEdit: (authorId) => canEditPost(user, { authorId }),
  mayUseImage: (uploadedBy) => canUseImage(user, { uploadedBy }),
});

async function mayWritePages(user: SessionUser): Promise<boolean> {
  if (canWritePages(user, await loadSiteSettings())) return true;
  log.warn(
    { event: 'action.refused', userId: user.id, role: user.role, needs: 'writePages' },
    'action refused: pages not allowed',
  );
  return false;
}

const invalidate = (tags: string[]) => tags.forEach((tag) => updateTag(tag));

const postIdField = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);
const idList = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((ids) => ids.split(',').map(Number));
const revisionFields = z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive() });

/** Autosave and publish of a page: the editor sends its whole state as JSON in one field. */
export const savePageAction = formAction(
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
    if (!(await mayWritePages(user))) return refusedSave(PAGES_NOT_ALLOWED, {}, 'forbidden');
    const { result, tags } = await saveEditorPayload(editContext(user), postId, kind, payload);
    if (result.ok && kind === 'publish')
      log.info({ event: 'page.published', postId: result.postId, by: user.id }, 'page published');
    invalidate(tags);
    return result;
  },
);

/** Unpublish, trash and restore, for one page (the editor) or several (the pages list). */
export const transitionPagesAction = formAction(
  { access: 'writePosts', schema: z.object({ ids: idList, transition: z.enum(['unpublish', 'trash', 'restore']) }) },
  async ({ ids, transition }, { user, fail }) => {
    if (!(await mayWritePages(user))) return fail(PAGES_NOT_ALLOWED);
    const result = await transitionPosts(editContext(user), ids, transition);
    if (!result.ok) return fail(result.error);
    log.info({ event: `pages.${transition}`, ids: result.changed, by: user.id }, 'pages changed status');
    invalidate(result.tags);
    const n = result.changed.length;
    return { ok: true, message: `${n} ${n === 1 ? 'page' : 'pages'} changed.`, versions: result.versions };
  },
);

// The list's checkboxes are named post-<id>, as in the posts list (the same table component).
const bulkSchema = z
  .object({ bulk: z.enum(['trash', 'restore', 'deletePermanently']) })
  .catchall(z.string())
  .transform(({ bulk, ...fields }) => ({
    bulk,
    ids: Object.keys(fields).flatMap((name) => (/^post-\d+$/.test(name) ? [Number(name.slice(5))] : [])),
  }));

/** The pages list's bulk actions: trash, restore, delete for good. */
export const bulkPagesAction = formAction({ access: 'writePosts', schema: bulkSchema }, async ({ bulk, ids }, { user, fail }) => {
  if (!(await mayWritePages(user))) return fail(PAGES_NOT_ALLOWED);
  if (ids.length === 0) return fail('Select at least one page first.');
  const ctx = editContext(user);
  if (bulk === 'deletePermanently') {
    const result = await deletePostsPermanently(ctx, ids);
    if (!result.ok) return fail(result.error);
    log.info({ event: 'pages.deleted', ids: result.deleted, by: user.id }, 'pages deleted for good');
    refresh();
    return { ok: true, message: `${result.deleted.length} deleted permanently.` };
  }
  const result = await transitionPosts(ctx, ids, bulk);
  if (!result.ok) return fail(result.error);
  log.info({ event: `pages.${bulk}`, ids: result.changed, by: user.id }, 'pages changed status');
  invalidate(result.tags);
  refresh();
  const n = result.changed.length;
  const done = bulk === 'trash' ? 'moved to the trash' : n === 1 ? 'restored as a draft' : 'restored as drafts';
  return { ok: true, message: `${n} ${n === 1 ? 'page' : 'pages'} ${done}.` };
});

/** Loads a revision's text back into the page editor (keeping the current text as a revision first). */
export const restorePageRevisionAction = formAction(
  { access: 'writePosts', schema: revisionFields },
  async ({ postId, revisionId }, { user, fail }) => {
    if (!(await mayWritePages(user))) return fail(PAGES_NOT_ALLOWED);
    const result = await restoreRevision(editContext(user), postId, revisionId);
    if (!result.ok) return fail(result.error);
    return { ok: true, message: 'Revision restored.', title: result.title, contentHtml: result.contentHtml };
  },
);

/** A page's revisions, for the editor's panel after a save that kept one. */
export const listPageRevisionsAction = formAction(
  { access: 'writePosts', schema: z.object({ postId: z.coerce.number().int().positive() }) },
  async ({ postId }, { user, fail }) => {
    if (!(await mayWritePages(user))) return fail(PAGES_NOT_ALLOWED);
    const result = await revisionsForEditor(editContext(user), postId);
    if (!result.ok) return fail(result.error);
    return { ok: true, message: '', revisions: result.revisions };
  },
);
