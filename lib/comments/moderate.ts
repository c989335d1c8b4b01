import 'server-only';
import { insertComment } from '@/db/queries/comments';
import {
  deleteComments,
  getCommentForModeration,
  restoreCommentStatuses,
  setCommentStatus,
  updateCommentBody,
  type StatusChange,
} from '@/db/queries/moderation';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { inTransaction } from '@/db/queries/transaction';
import type { CommentStatus } from '@/db/schema';
import { renderCommentText } from '@/lib/content/comment-text';
import { log } from '@/lib/logging/logger';
import { mailAboutApprovedComments } from '@/lib/mail/notify';
import { BLOCKLIST_SETTING, parseBlocklist, withBlocked } from './blocklist';
import { describeModeration, MODERATION_ACTIONS, postsShowingChange, type ModerationAction } from './moderation';

/**
 * The moderation queue's operations: moving comments between statuses (and back), deleting them,
 * the admin's reply, editing, blocking a commenter — each logged, each saying which posts' pages
 * change. Server actions call these after formAction has checked the person may moderate; the
 * buttons and messages the queue shows are in ./moderation.ts (shared with client components).
 */

export interface ModerationContext {
  /** The moderator: logged with every change, and the author of a reply. */
  user: { id: number; name: string; email: string };
  now?: Date;
}

export type Moderated<T extends object = object> = {
  ok: true;
  message: string;
  /** Posts whose approved comments changed (lib/comments/invalidate.ts). */
  refreshPosts: number[];
} & T;

export type ModerationResult = Moderated | { ok: false; error: string };

const GONE = { ok: false, error: 'That comment no longer exists.' } as const;

const unique = (ids: number[]) => [...new Set(ids)];
/** Comments a status change has just published: their subscribers are mailed (lib/mail/notify.ts). */
const newlyApproved = (changes: Pick<StatusChange, 'id' | 'previousStatus'>[]) =>
  changes.filter((c) => c.previousStatus !== 'approved').map((c) => c.id);
const commentCount = (n: number) => (n === 1 ? '1 comment' : `${n} comments`);

/** One of the queue's buttons, on the selected comments; what they were comes back for undoing. */
export async function moderate(
  ctx: ModerationContext,
  ids: number[],
  action: ModerationAction,
): Promise<Moderated<{ undo: Pick<StatusChange, 'id' | 'previousStatus'>[] }>> {
  const to = MODERATION_ACTIONS[action].to;
  const changes = await setCommentStatus(ids, to);
  log.info({ event: 'comments.moderated', action, to, ids: changes.map((c) => c.id), by: ctx.user.id }, 'comments moderated');
  if (to === 'approved') await mailAboutApprovedComments(newlyApproved(changes));
  return {
    ok: true,
    message: describeModeration(action, changes.length),
    refreshPosts: postsShowingChange(changes, to),
    undo: changes.map(({ id, previousStatus }) => ({ id, previousStatus })),
  };
}

/** Puts comments back in the statuses a moderation moved them from. */
export async function revertModeration(
  ctx: ModerationContext,
  changes: { id: number; previousStatus: CommentStatus }[],
): Promise<Moderated> {
  const restored = await restoreCommentStatuses(changes);
  log.info({ event: 'comments.moderation_undone', ids: restored.map((r) => r.id), by: ctx.user.id }, 'moderation undone');
  return {
    ok: true,
    message: 'Undone.',
    refreshPosts: unique(
      restored.filter((r) => (r.previousStatus === 'approved') !== (r.status === 'approved')).map((r) => r.postId),
    ),
  };
}

export async function deleteCommentsPermanently(ctx: ModerationContext, ids: number[]): Promise<Moderated> {
  const deleted = await deleteComments(ids);
  log.info({ event: 'comments.deleted', ids, count: deleted.length, by: ctx.user.id }, 'comments deleted for good');
  return {
    ok: true,
    message: `${commentCount(deleted.length)} deleted permanently.`,
    refreshPosts: unique(deleted.filter((d) => d.status === 'approved').map((d) => d.postId)),
  };
}

/** The admin's reply is published at once, and publishes the comment it answers. */
export async function replyAsModerator(ctx: ModerationContext, parentId: number, body: string): Promise<ModerationResult> {
  const parent = await getCommentForModeration(parentId);
  if (!parent) return GONE;
  const now = ctx.now ?? new Date();
  // The approval and the reply are one write: never a published reply under a held comment.
  const { changes, reply } = await inTransaction(async (tx) => {
    const changes = parent.status === 'approved' ? [] : await setCommentStatus([parent.id], 'approved', tx);
    const reply = await insertComment(
      {
        postId: parent.postId,
        parentId: parent.id,
        userId: ctx.user.id,
        authorName: ctx.user.name,
        authorEmail: ctx.user.email,
        bodySource: body,
        bodyHtml: renderCommentText(body),
        status: 'approved',
        createdAt: now,
        approvedAt: now,
      },
      tx,
    );
    return { changes, reply };
  });
  log.info(
    { event: 'comments.replied', parentId: parent.id, approvedParent: changes.length > 0, by: ctx.user.id },
    'admin replied to a comment',
  );
  // Subscribers to the thread hear of the reply (and of the comment it published).
  await mailAboutApprovedComments([...newlyApproved(changes), reply.id], now);
  return {
    ok: true,
    message: changes.length ? 'Reply published; the comment you answered is approved too.' : 'Reply published.',
    refreshPosts: [parent.postId],
  };
}

export async function editCommentText(ctx: ModerationContext, id: number, body: string): Promise<ModerationResult> {
  const updated = await updateCommentBody(id, body, renderCommentText(body));
  if (!updated) return GONE;
  log.info({ event: 'comments.edited', id, by: ctx.user.id }, 'comment edited');
  return { ok: true, message: 'Comment saved.', refreshPosts: updated.status === 'approved' ? [updated.postId] : [] };
}

/** Blocks the commenter (their email and address) and sends this comment to spam. */
export async function blockCommenterOf(ctx: ModerationContext, id: number): Promise<ModerationResult> {
  const comment = await getCommentForModeration(id);
  if (!comment) return GONE;
  log.info({ event: 'comments.commenter_blocked', commentId: id, by: ctx.user.id }, 'commenter blocked');
  // Read, add and write the list in one transaction (two blocks at once keep both), with the spam move.
  const changes = await inTransaction(async (tx) => {
    const list = parseBlocklist(await readSetting(BLOCKLIST_SETTING, tx));
    await writeSetting(BLOCKLIST_SETTING, withBlocked(list, { email: comment.authorEmail, ipHash: comment.ipHash }), tx);
    return setCommentStatus([id], 'spam', tx);
  });
  return {
    ok: true,
    message: 'Commenter blocked: their comments will go to spam. This one is in spam now.',
    refreshPosts: postsShowingChange(changes, 'spam'),
  };
}
