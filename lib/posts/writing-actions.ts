import 'server-only';
import { refresh, updateTag } from 'next/cache';
import { z } from 'zod';
import type { PostKind } from '@/db/schema';
import { canEditPost, canUseImage } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { formAction } from '@/lib/forms/form-action';
import { log } from '@/lib/logging/logger';
import type { EditContext } from './edit-context';
import { refusedSave, saveEditorPayload } from './editor-save';
import type { SavePostResult } from './editing';
import { MAX_CONTENT_LENGTH } from './input';
import { restoreRevision, revisionsForEditor } from './revision-history';
import { deletePostsPermanently, transitionPosts } from './transitions';

// The server actions of the editor and the list, for one kind: posts (app/admin/posts/actions.ts)
// and pages (app/admin/pages/actions.ts) are the same operations on rows of their own kind. Each
// goes through formAction (authorise → parse → act), checks per row that the person may edit it
// (authors: their own), sanitizes the body (lib/posts/editing.ts) and invalidates exactly the
// cache tags the change touched.

export interface WritingRules {
  kind: PostKind;
  /** Words for messages and log events: 'post' / 'posts', 'page' / 'pages'. */
  one: string;
  many: string;
  /** A check beyond the `writePosts` permission (pages: the "authors may write pages" setting); a refusal's message, or null. */
  refusal?: (user: SessionUser) => Promise<string | null>;
}

const postIdField = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);
const idList = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((ids) => ids.split(',').map(Number));
const revisionFields = z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive() });

// The list's checkboxes are named post-<id> (several values under one name would not survive parsing).
const bulkSchema = z
  .object({ bulk: z.enum(['trash', 'restore', 'deletePermanently']) })
  .catchall(z.string())
  .transform(({ bulk, ...fields }) => ({
    bulk,
    ids: Object.keys(fields).flatMap((name) => (/^post-\d+$/.test(name) ? [Number(name.slice(5))] : [])),
  }));

const invalidate = (tags: string[]) => tags.forEach((tag) => updateTag(tag));

export function writingActions({ kind, one, many, refusal = async () => null }: WritingRules) {
  const editContext = (user: SessionUser): EditContext => ({
    userId: user.id,
    kind,
    mayEdit: (authorId) => canEditPost(user, { authorId }),
    mayUseImage: (uploadedBy) => canUseImage(user, { uploadedBy }),
  });
  const count = (n: number) => `${n} ${n === 1 ? one : many}`;

  return {
    /** Autosave and publish: the editor sends its whole state as JSON in one field. */
    save: formAction(
      {
        access: 'writePosts',
        signedOut: 'fail',
        schema: z.object({
          postId: postIdField,
          kind: z.enum(['autosave', 'publish']),
          payload: z.string().max(MAX_CONTENT_LENGTH * 2),
        }),
      },
      async ({ postId, kind: saveKind, payload }, { user }): Promise<SavePostResult> => {
        const refused = await refusal(user);
        if (refused) return refusedSave(refused, {}, 'forbidden');
        const { result, tags } = await saveEditorPayload(editContext(user), postId, saveKind, payload);
        if (result.ok && saveKind === 'publish') {
          log.info({ event: `${one}.published`, postId: result.postId, status: result.status, by: user.id }, `${one} published`);
        }
        invalidate(tags);
        return result;
      },
    ),

    /** Unpublish, trash and restore, for one row (the editor) or several (the list). */
    transition: formAction(
      { access: 'writePosts', schema: z.object({ ids: idList, transition: z.enum(['unpublish', 'trash', 'restore']) }) },
      async ({ ids, transition }, { user, fail }) => {
        const refused = await refusal(user);
        if (refused) return fail(refused);
        const result = await transitionPosts(editContext(user), ids, transition);
        if (!result.ok) return fail(result.error);
        log.info({ event: `${many}.${transition}`, ids: result.changed, by: user.id }, `${many} changed status`);
        invalidate(result.tags);
        return { ok: true, message: `${count(result.changed.length)} changed.`, versions: result.versions };
      },
    ),

    /** The list's bulk actions: trash, restore, delete for good. */
    bulk: formAction({ access: 'writePosts', schema: bulkSchema }, async ({ bulk, ids }, { user, fail }) => {
      const refused = await refusal(user);
      if (refused) return fail(refused);
      if (ids.length === 0) return fail(`Select at least one ${one} first.`);
      const ctx = editContext(user);
      if (bulk === 'deletePermanently') {
        const result = await deletePostsPermanently(ctx, ids);
        if (!result.ok) return fail(result.error);
        log.info({ event: `${many}.deleted`, ids: result.deleted, by: user.id }, `${many} deleted for good`);
        refresh();
        return { ok: true, message: `${result.deleted.length} deleted permanently.` };
      }
      const result = await transitionPosts(ctx, ids, bulk);
      if (!result.ok) return fail(result.error);
      log.info({ event: `${many}.${bulk}`, ids: result.changed, by: user.id }, `${many} changed status`);
      invalidate(result.tags);
      // The list itself shows the change (drafts touch no reader tags, so nothing else would refresh it).
      refresh();
      const n = result.changed.length;
      const done = bulk === 'trash' ? 'moved to the trash' : n === 1 ? 'restored as a draft' : 'restored as drafts';
      return { ok: true, message: `${count(n)} ${done}.` };
    }),

    /** Loads a revision's text back into the editor (keeping the current text as a revision first). */
    restoreRevision: formAction(
      { access: 'writePosts', schema: revisionFields },
      async ({ postId, revisionId }, { user, fail }) => {
        const refused = await refusal(user);
        if (refused) return fail(refused);
        const result = await restoreRevision(editContext(user), postId, revisionId);
        if (!result.ok) return fail(result.error);
        return { ok: true, message: 'Revision restored.', title: result.title, contentHtml: result.contentHtml };
      },
    ),

    /** A row's revisions, for the editor's panel after a save that kept one. */
    listRevisions: formAction(
      { access: 'writePosts', schema: z.object({ postId: z.coerce.number().int().positive() }) },
      async ({ postId }, { user, fail }) => {
        const refused = await refusal(user);
        if (refused) return fail(refused);
        const result = await revisionsForEditor(editContext(user), postId);
        if (!result.ok) return fail(result.error);
        return { ok: true, message: '', revisions: result.revisions };
      },
    ),
  };
}
