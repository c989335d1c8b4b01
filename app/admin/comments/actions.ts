'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { COMMENT_STATUSES } from '@/db/schema';
import { formAction } from '@/lib/forms/form-action';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/input';
import { refreshCommentPages } from '@/lib/comments/invalidate';
import {
  blockCommenterOf,
  deleteCommentsPermanently,
  editCommentText,
  moderate,
  replyAsModerator,
  revertModeration,
  type Moderated,
} from '@/lib/comments/moderate';
import { MODERATION_ACTIONS, type ModerationAction } from '@/lib/comments/moderation';

// Every action here is for people who may moderate (admins); formAction checks that first. The
// rules are in lib/comments/moderate.ts; an action refreshes the pages its change shows on.

/** The changed posts' reader pages, and this admin page. */
function refreshAfter(result: Moderated) {
  refreshCommentPages(result.refreshPosts);
  refresh();
}

const idsField = z
  .string()
  .transform((s) => s.split(',').filter(Boolean).map(Number))
  .pipe(z.array(z.number().int().positive()).min(1, 'Select at least one comment.').max(500));

const idField = z.coerce.number().int().positive();

const bodyField = z
  .string()
  .trim()
  .min(1, 'Please write something.')
  .max(MAX_COMMENT_LENGTH, `Comments can be up to ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`);

const actionNames = Object.keys(MODERATION_ACTIONS) as [ModerationAction, ...ModerationAction[]];

export const moderateComments = formAction(
  { access: 'moderateComments', schema: z.object({ ids: idsField, action: z.enum(actionNames) }) },
  async ({ ids, action }, { user }) => {
    const result = await moderate({ user }, ids, action);
    refreshAfter(result);
    return { ok: true, message: result.message, undo: result.undo };
  },
);

const undoSchema = z.object({
  changes: z
    .string()
    .transform((json, ctx) => {
      try {
        return JSON.parse(json) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Nothing to undo.' });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(z.object({ id: z.number().int().positive(), previousStatus: z.enum(COMMENT_STATUSES) }))
        .min(1)
        .max(500),
    ),
});

export const undoModeration = formAction({ access: 'moderateComments', schema: undoSchema }, async ({ changes }, { user }) => {
  const result = await revertModeration({ user }, changes);
  refreshAfter(result);
  return { ok: true, message: result.message };
});

export const deleteCommentsForGood = formAction(
  { access: 'moderateComments', schema: z.object({ ids: idsField }) },
  async ({ ids }, { user }) => {
    const result = await deleteCommentsPermanently({ user }, ids);
    refreshAfter(result);
    return { ok: true, message: result.message };
  },
);

/** The admin's reply is published at once, and publishes the comment it answers. */
export const replyToComment = formAction(
  { access: 'moderateComments', schema: z.object({ parentId: idField, body: bodyField }) },
  async ({ parentId, body }, { user, fail }) => {
    const result = await replyAsModerator({ user }, parentId, body);
    if (!result.ok) return fail(result.error);
    refreshAfter(result);
    return { ok: true, message: result.message };
  },
);

export const editComment = formAction(
  { access: 'moderateComments', schema: z.object({ id: idField, body: bodyField }) },
  async ({ id, body }, { user, fail }) => {
    const result = await editCommentText({ user }, id, body);
    if (!result.ok) return fail(result.error);
    refreshAfter(result);
    return { ok: true, message: result.message };
  },
);

/** Blocks the commenter (their email and address) and sends this comment to spam. */
export const blockCommenter = formAction(
  { access: 'moderateComments', schema: z.object({ id: idField }) },
  async ({ id }, { user, fail }) => {
    const result = await blockCommenterOf({ user }, id);
    if (!result.ok) return fail(result.error);
    refreshAfter(result);
    return { ok: true, message: result.message };
  },
);
