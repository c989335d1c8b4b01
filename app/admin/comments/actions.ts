'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { insertComment } from '@/db/queries/comments';
import {
  deleteComments,
  getCommentForModeration,
  restoreCommentStatuses,
  setCommentStatus,
  updateCommentBody,
} from '@/db/queries/moderation';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { COMMENT_STATUSES } from '@/db/schema';
import { formAction } from '@/lib/auth/action';
import { renderCommentText } from '@/lib/content/comment-text';
import { BLOCKLIST_SETTING, parseBlocklist, withBlocked } from '@/lib/comments/blocklist';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/input';
import { refreshCommentPages } from '@/lib/comments/invalidate';
import { describeModeration, MODERATION_ACTIONS, postsShowingChange, type ModerationAction } from '@/lib/comments/moderation';
import { log } from '@/lib/logging/logger';

// Every action here is for people who may moderate (admins); formAction checks that first.

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
    const to = MODERATION_ACTIONS[action].to;
    const changes = await setCommentStatus(ids, to);
    log.info({ event: 'comments.moderated', action, to, ids: changes.map((c) => c.id), by: user.id }, 'comments moderated');
    refreshCommentPages(postsShowingChange(changes, to));
    refresh();
    return {
      ok: true,
      message: describeModeration(action, changes.length),
      undo: changes.map(({ id, previousStatus }) => ({ id, previousStatus })),
    };
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
    .pipe(z.array(z.object({ id: z.number().int().positive(), previousStatus: z.enum(COMMENT_STATUSES) })).min(1).max(500)),
});

export const undoModeration = formAction({ access: 'moderateComments', schema: undoSchema }, async ({ changes }, { user }) => {
  const restored = await restoreCommentStatuses(changes);
  log.info({ event: 'comments.moderation_undone', ids: restored.map((r) => r.id), by: user.id }, 'moderation undone');
  refreshCommentPages(restored.filter((r) => (r.previousStatus === 'approved') !== (r.status === 'approved')).map((r) => r.postId));
  refresh();
  return { ok: true, message: 'Undone.' };
});

export const deleteCommentsForGood = formAction(
  { access: 'moderateComments', schema: z.object({ ids: idsField }) },
  async ({ ids }, { user }) => {
    const deleted = await deleteComments(ids);
    log.info({ event: 'comments.deleted', ids, count: deleted.length, by: user.id }, 'comments deleted for good');
    refreshCommentPages(deleted.filter((d) => d.status === 'approved').map((d) => d.postId));
    refresh();
    return { ok: true, message: `${deleted.length === 1 ? '1 comment' : `${deleted.length} comments`} deleted permanently.` };
  },
);

/** The admin's reply is published at once, and publishes the comment it answers. */
export const replyToComment = formAction(
  { access: 'moderateComments', schema: z.object({ parentId: idField, body: bodyField }) },
  async ({ parentId, body }, { user, fail }) => {
    const parent = await getCommentForModeration(parentId);
    if (!parent) return fail('That comment no longer exists.');
    const now = new Date();
    const changes = parent.status === 'approved' ? [] : await setCommentStatus([parent.id], 'approved');
    await insertComment({
      postId: parent.postId,
      parentId: parent.id,
      userId: user.id,
      authorName: user.name,
      authorEmail: user.email,
      bodySource: body,
      bodyHtml: renderCommentText(body),
      status: 'approved',
      createdAt: now,
      approvedAt: now,
    });
    log.info({ event: 'comments.replied', parentId: parent.id, approvedParent: changes.length > 0, by: user.id }, 'admin replied to a comment');
    refreshCommentPages([parent.postId]);
    refresh();
    return { ok: true, message: changes.length ? 'Reply published; the comment you answered is approved too.' : 'Reply published.' };
  },
);

export const editComment = formAction(
  { access: 'moderateComments', schema: z.object({ id: idField, body: bodyField }) },
  async ({ id, body }, { user, fail }) => {
    const updated = await updateCommentBody(id, body, renderCommentText(body));
    if (!updated) return fail('That comment no longer exists.');
    log.info({ event: 'comments.edited', id, by: user.id }, 'comment edited');
    if (updated.status === 'approved') refreshCommentPages([updated.postId]);
    refresh();
    return { ok: true, message: 'Comment saved.' };
  },
);

/** Blocks the commenter (their email and address) and sends this comment to spam. */
export const blockCommenter = formAction(
  { access: 'moderateComments', schema: z.object({ id: idField }) },
  async ({ id }, { user, fail }) => {
    const comment = await getCommentForModeration(id);
    if (!comment) return fail('That comment no longer exists.');
    log.info({ event: 'comments.commenter_blocked', commentId: id, by: user.id }, 'commenter blocked');
    const list = parseBlocklist(await readSetting(BLOCKLIST_SETTING));
    await writeSetting(BLOCKLIST_SETTING, withBlocked(list, { email: comment.authorEmail, ipHash: comment.ipHash }));
    const changes = await setCommentStatus([id], 'spam');
    refreshCommentPages(postsShowingChange(changes, 'spam'));
    refresh();
    return { ok: true, message: 'Commenter blocked: their comments will go to spam. This one is in spam now.' };
  },
);
