'use server';

import { headers } from 'next/headers';
import { formAction } from '@/lib/auth/action';
import { commenterKey } from '@/lib/comments/commenter-key';
import type { CommentFormState } from '@/lib/comments/form-state';
import { postedCommentSchema } from '@/lib/comments/input';
import { refreshCommentPages } from '@/lib/comments/invalidate';
import { submitComment } from '@/lib/comments/submit';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { getSiteSettings } from '@/lib/settings/site-settings';

/** A reader posts a comment or a reply. Works as a plain form post without JavaScript. */
export const postComment = formAction(
  { access: 'public', schema: postedCommentSchema },
  async (form): Promise<CommentFormState> => {
    const result = await submitComment(form, {
      clientIp: clientIp(await headers()),
      commenterKey,
      settings: (await getSiteSettings()).comments,
    });
    const values = { name: form.name, email: form.email, website: form.website, body: form.body };
    if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };

    refreshCommentPages(result.refreshPosts);
    // Spam is answered like a held comment: the sender learns nothing about the filter.
    return {
      ok: true,
      status: result.status === 'approved' ? 'approved' : 'pending',
      comment: result.comment,
      // Name, email and website stay for the next comment.
      values: { ...values, body: '' },
    };
  },
);
