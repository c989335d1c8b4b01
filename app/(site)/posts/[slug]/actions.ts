'use server';

import { headers } from 'next/headers';
import { commenterKey } from '@/lib/comments/commenter-key';
import { COMMENT_FIELDS } from '@/lib/comments/fields';
import { postedCommentSchema } from '@/lib/comments/input';
import { refreshCommentPages } from '@/lib/comments/invalidate';
import type { CommentPosted } from '@/lib/comments/posted-comment';
import { submitComment } from '@/lib/comments/submit';
import type { SubscriptionOutcome } from '@/lib/mail/notify';
import { formAction } from '@/lib/forms/form-action';
import type { FormResult } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { getSiteSettings } from '@/lib/settings/site-settings';

const SUBSCRIPTION_MESSAGES: Record<SubscriptionOutcome, string> = {
  subscribed: 'We will email you when someone replies.',
  'confirmation-sent': 'Please check your inbox: we sent a link to confirm your email before we send you replies.',
  'confirmation-pending': 'Please confirm your email with the link we sent you; replies are emailed once you do.',
  unsubscribed: 'This address unsubscribed from our emails, so we will not email it.',
};

/** A reader posts a comment or a reply. Works as a plain form post without JavaScript. */
export const postComment = formAction(
  { access: 'public', schema: postedCommentSchema },
  async (form): Promise<FormResult<CommentPosted>> => {
    const result = await submitComment(form, {
      clientIp: clientIp(await headers()),
      commenterKey,
      settings: (await getSiteSettings()).comments,
    });
    // Only the fields a reader sees are put back (not the token, honeypot or hidden fields).
    const values = {
      name: form.name,
      email: form.email,
      website: form.website,
      body: form.body,
      // The boxes stay as they were ticked.
      ...(form.notify && { [COMMENT_FIELDS.notify]: 'on' }),
      ...(form.notifyAll && { [COMMENT_FIELDS.notifyAll]: 'on' }),
    };
    if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };

    refreshCommentPages(result.refreshPosts);
    // Spam is answered like a held comment: the sender learns nothing about the filter.
    const status = result.status === 'approved' ? 'approved' : 'pending';
    const posted =
      status === 'pending'
        ? 'Thank you! Your comment is awaiting moderation. Only you can see it until it is approved.'
        : 'Thank you! Your comment is published.';
    return {
      ok: true,
      message: [posted, result.subscription && SUBSCRIPTION_MESSAGES[result.subscription]].filter(Boolean).join(' '),
      status,
      comment: result.comment,
      // Name, email and website stay for the next comment.
      values: { ...values, body: '' },
    };
  },
);
