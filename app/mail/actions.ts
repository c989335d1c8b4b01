'use server';

import { z } from 'zod';
import { refreshCommentPages } from '@/lib/comments/invalidate';
import { formAction } from '@/lib/forms/form-action';
import type { FormResult } from '@/lib/forms/form-state';
import { confirmByLink, moderateByLink, unsubscribeByToken } from '@/lib/mail/link-actions';

// The buttons of the pages opened from email links. Public: the link's token is the proof, so
// they work signed out (docs/email.md).
const tokenSchema = z.object({ token: z.string().min(1).max(200) });

/** Approve / Spam / Trash from the new-comment email: single-use, 7 days. */
export const moderateFromEmail = formAction(
  { access: 'public', schema: tokenSchema },
  async ({ token }, { fail }): Promise<FormResult> => {
    const result = await moderateByLink(token);
    if (!result.ok) return fail(result.error);
    refreshCommentPages(result.refreshPosts);
    return { ok: true, message: result.message };
  },
);

/** The double opt-in confirmation of "Email me when someone replies". */
export const confirmSubscription = formAction(
  { access: 'public', schema: tokenSchema },
  async ({ token }, { fail }): Promise<FormResult> => {
    const result = await confirmByLink(token);
    return result.ok ? result : fail(result.error);
  },
);

/** The unsubscribe page's button (mail clients use the one-click POST of app/api/mail/unsubscribe). */
export const unsubscribe = formAction(
  { access: 'public', schema: tokenSchema },
  async ({ token }, { fail }): Promise<FormResult> => {
    if (!(await unsubscribeByToken(token))) return fail('This unsubscribe link is not valid.');
    return { ok: true, message: 'You are unsubscribed: no more emails will be sent to this address.' };
  },
);
