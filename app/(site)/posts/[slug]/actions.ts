'use server';

import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import {
  getPostForCommenting,
  insertComment,
  isApprovedCommentOf,
  isDuplicateComment,
} from '@/db/queries/comments';
import { cacheTags } from '@/lib/cache/tags';
import { renderCommentText } from '@/lib/content/comment-text';
import { readSetting } from '@/db/queries/settings';
import { BLOCKLIST_SETTING, isBlocked, parseBlocklist } from '@/lib/comments/blocklist';
import { commenterKey, hashCommenterKey } from '@/lib/comments/commenter-key';
import { checkFormToken } from '@/lib/comments/form-token';
import { hashIp } from '@/lib/comments/identity';
import { COMMENT_FIELDS, commentInputSchema, type CommentInput } from '@/lib/comments/input';
import { countLinks } from '@/lib/comments/links';
import { commentsClosed, containsDisallowed, decideCommentStatus } from '@/lib/comments/policy';
import { isTrustedCommenter } from '@/lib/comments/trust';
import type { CommentField, CommentFieldErrors, CommentFormState } from '@/lib/comments/form-state';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { consumeCommentAllowance } from '@/lib/rate-limit/comments';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { clientIp } from '@/lib/rate-limit/client-ip';

type FieldValues = Record<CommentField, string>;

function fail(values: FieldValues, error: string | undefined, fieldErrors: CommentFieldErrors = {}): CommentFormState {
  return { ok: false, error, fieldErrors, values };
}

function waitMessage(seconds: number) {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** A reader posts a comment or a reply. Works as a plain form post without JavaScript. */
export async function postComment(_previous: CommentFormState | null, formData: FormData): Promise<CommentFormState> {
  const text = (name: string) => String(formData.get(name) ?? '');
  const values: FieldValues = {
    name: text(COMMENT_FIELDS.name),
    email: text(COMMENT_FIELDS.email),
    website: text(COMMENT_FIELDS.website),
    body: text(COMMENT_FIELDS.body),
  };

  // Bots fill in the invisible field. Answer as if the comment was held, and keep nothing.
  if (text(COMMENT_FIELDS.honeypot)) return { ok: true, status: 'pending', comment: null, values: { ...values, body: '' } };

  const parsed = commentInputSchema.safeParse({
    ...values,
    postSlug: text(COMMENT_FIELDS.postSlug),
    parentId: text(COMMENT_FIELDS.parentId) || null,
  });
  if (!parsed.success) {
    const fieldErrors: CommentFieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof FieldValues;
      fieldErrors[field] ??= issue.message;
    }
    return fail(values, 'Please check the highlighted fields.', fieldErrors);
  }
  const input: CommentInput = parsed.data;

  const [post, settings] = await Promise.all([getPostForCommenting(input.postSlug), getSiteSettings()]);
  if (!post) return fail(values, 'This post is not open for comments.');
  if (commentsClosed(post, settings.comments.closeAfterDays, new Date())) {
    return fail(values, 'Comments are closed on this post.');
  }

  const token = checkFormToken(text(COMMENT_FIELDS.formToken), authSecret(), env.COMMENT_MIN_SECONDS);
  if (token === 'too-fast') {
    return fail(values, 'That was quick! Please take a moment to read your comment, then post it again.');
  }
  if (token === 'invalid' || token === 'expired') {
    return fail(values, 'This form has been open too long. Your text is kept: please post it again.');
  }

  const ipHash = hashIp(clientIp(await headers()));
  const allowance = await consumeCommentAllowance(ipHash);
  if (!allowance.ok) {
    return fail(values, `You are commenting too quickly. Please wait ${waitMessage(allowance.retryAfterSeconds)} and try again.`);
  }

  if (await isDuplicateComment(post.id, input.body)) {
    return fail(values, undefined, { body: 'You have already posted this comment on this post.' });
  }
  if (input.parentId !== null && !(await isApprovedCommentOf(input.parentId, post.id))) {
    return fail(values, 'The comment you are replying to is no longer available.');
  }

  // Given to this browser now if it has none: once a comment from it is approved, it is trusted.
  const commenterKeyHash = hashCommenterKey(await commenterKey());
  const status = decideCommentStatus({
    policy: settings.comments.policy,
    isReturningCommenter: await isTrustedCommenter({ commenterKeyHash }),
    linkCount: countLinks([input.body, input.website]),
    hasDisallowedContent: containsDisallowed([input.body, input.name, input.email, input.website], settings.comments.disallowedWords),
    missingFormToken: token === 'missing',
    isBlocked: isBlocked(parseBlocklist(await readSetting(BLOCKLIST_SETTING)), { email: input.email, ipHash }),
  });

  const now = new Date();
  const bodyHtml = renderCommentText(input.body);
  const { id } = await insertComment({
    postId: post.id,
    parentId: input.parentId,
    authorName: input.name,
    authorEmail: input.email,
    authorUrl: input.website,
    bodySource: input.body,
    bodyHtml,
    status,
    ipHash,
    commenterKeyHash,
    createdAt: now,
    approvedAt: status === 'approved' ? now : null,
  });

  if (status === 'approved') {
    // The post's comments and every comment count shown in lists.
    updateTag(cacheTags.comments(post.id));
    updateTag(cacheTags.postLists);
  }
  // Spam is answered like a held comment: the sender learns nothing about the filter.
  return {
    ok: true,
    status: status === 'approved' ? 'approved' : 'pending',
    values: { ...values, body: '' },
    comment: { id, postSlug: post.slug, parentId: input.parentId, authorName: input.name, body: input.body, createdAt: now.toISOString() },
  };
}
