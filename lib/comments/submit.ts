import 'server-only';
import { getPostForCommenting, insertComment, isApprovedCommentOf, isDuplicateComment } from '@/db/queries/comments';
import { readSetting } from '@/db/queries/settings';
import { authSecret } from '@/lib/auth/secret';
import { renderCommentText } from '@/lib/content/comment-text';
import { env } from '@/lib/env';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import type { FieldErrors } from '@/lib/forms/form-state';
import { consumeCommentAllowance } from '@/lib/rate-limit/comments';
import type { SiteSettings } from '@/lib/settings/schema';
import { BLOCKLIST_SETTING, isBlocked, parseBlocklist } from './blocklist';
import { hashCommenterKey } from './commenter-key';
import { checkFormToken } from './form-token';
import { hashIp } from './identity';
import type { PostedComment } from './posted-comment';
import { commentInputSchema, type PostedCommentForm } from './input';
import { countLinks } from './links';
import { commentsClosed, containsDisallowed, decideCommentStatus, type NewCommentStatus } from './policy';
import { isTrustedCommenter } from './trust';
import { mailAboutNewComment, subscribeToReplies, type SubscriptionOutcome } from '@/lib/mail/notify';

/**
 * A reader's new comment or reply: every rule it passes on the way in (honeypot, form token, rate
 * limits, duplicates, the reply's parent), where it goes (published, held, spam: trust, blocklist,
 * disallowed words, the policy), and which posts' pages change. The route action reads the request
 * (address, commenter cookie) and the settings and passes them in, so this runs without Next.
 */

export interface SubmitContext {
  /** The address the request came from (lib/rate-limit/client-ip.ts); only its keyed hash is used. */
  clientIp: string;
  /**
   * This browser's commenter key (lib/comments/commenter-key.ts). Asked for only once the comment
   * is going to be stored: it gives a browser without one its cookie.
   */
  commenterKey: () => Promise<string>;
  /** The blog's comment settings: policy, automatic closing, disallowed words. */
  settings: SiteSettings['comments'];
  now?: Date;
}

export type SubmitResult =
  | {
      ok: true;
      /** `discarded`: a bot filled in the honeypot; nothing was kept. */
      status: NewCommentStatus | 'discarded';
      comment: PostedComment | null;
      /** Posts whose pages show the comment now (lib/comments/invalidate.ts). */
      refreshPosts: number[];
      /** What "Email me when someone replies" did, when it was ticked (lib/mail/notify.ts). */
      subscription?: SubscriptionOutcome;
    }
  /** `error` is '' when the field message says it all. */
  | { ok: false; error: string; fieldErrors: FieldErrors };

const fail = (error: string, fieldErrors: FieldErrors = {}): SubmitResult => ({
  ok: false,
  error,
  fieldErrors,
});

function waitMessage(seconds: number) {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export async function submitComment(form: PostedCommentForm, ctx: SubmitContext): Promise<SubmitResult> {
  const now = ctx.now ?? new Date();
  // Bots fill in the invisible field. Answered as if the comment was held, and nothing is kept.
  if (form.honeypot) return { ok: true, status: 'discarded', comment: null, refreshPosts: [] };

  const parsed = commentInputSchema.safeParse({ ...form, parentId: form.parentId || null });
  if (!parsed.success) return fail('Please check the highlighted fields.', fieldErrorsOf(parsed.error));
  const input = parsed.data;

  const post = await getPostForCommenting(input.postSlug);
  if (!post) return fail('This post is not open for comments.');
  if (commentsClosed(post, ctx.settings.closeAfterDays, now)) return fail('Comments are closed on this post.');

  const token = checkFormToken(form.formToken, authSecret(), env.COMMENT_MIN_SECONDS, now.getTime());
  if (token === 'too-fast') return fail('That was quick! Please take a moment to read your comment, then post it again.');
  if (token === 'invalid' || token === 'expired')
    return fail('This form has been open too long. Your text is kept: please post it again.');

  const ipHash = hashIp(ctx.clientIp);
  const allowance = await consumeCommentAllowance(ipHash);
  if (!allowance.ok && 'unavailable' in allowance) {
    return fail('Comments cannot be posted for a moment. Your text is kept: please try again shortly.');
  }
  if (!allowance.ok) {
    return fail(`You are commenting too quickly. Please wait ${waitMessage(allowance.retryAfterSeconds)} and try again.`);
  }

  if (await isDuplicateComment(post.id, input.body, { ipHash, email: input.email })) {
    return fail('', { body: ['You have already posted this comment on this post.'] });
  }
  if (input.parentId !== null && !(await isApprovedCommentOf(input.parentId, post.id))) {
    return fail('The comment you are replying to is no longer available.');
  }

  // Once a comment from this browser is approved, its key makes it trusted.
  const commenterKeyHash = hashCommenterKey(await ctx.commenterKey());
  const status = decideCommentStatus({
    policy: ctx.settings.policy,
    isReturningCommenter: await isTrustedCommenter({ commenterKeyHash, email: input.email }),
    linkCount: countLinks([input.body, input.website]),
    hasDisallowedContent: containsDisallowed([input.body, input.name, input.email, input.website], ctx.settings.disallowedWords),
    missingFormToken: token === 'missing',
    isBlocked: isBlocked(parseBlocklist(await readSetting(BLOCKLIST_SETTING)), { email: input.email, ipHash }),
  });

  const { id } = await insertComment({
    postId: post.id,
    parentId: input.parentId,
    authorName: input.name,
    authorEmail: input.email,
    authorUrl: input.website,
    bodySource: input.body,
    bodyHtml: renderCommentText(input.body),
    status,
    ipHash,
    commenterKeyHash,
    createdAt: now,
    approvedAt: status === 'approved' ? now : null,
  });

  // Mail is only queued here; the worker sends it (docs/email.md).
  const subscription =
    (input.notify || input.notifyAll) && input.email && status !== 'spam'
      ? await subscribeToReplies(
          { email: input.email, postId: post.id, postTitle: post.title, commentId: id, everyComment: input.notifyAll },
          now,
        )
      : undefined;
  await mailAboutNewComment(id, now);

  return {
    ok: true,
    status,
    subscription,
    // Only an approved comment shows on the post's page and in its comment counts.
    refreshPosts: status === 'approved' ? [post.id] : [],
    comment: {
      id,
      postSlug: post.slug,
      parentId: input.parentId,
      authorName: input.name,
      body: input.body,
      createdAt: now.toISOString(),
    },
  };
}
