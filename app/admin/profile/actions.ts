'use server';

import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { signIn } from '@/auth';
import { updateUserPasswordHash, updateUserProfile } from '@/db/queries/users';
import { formAction } from '@/lib/auth/action';
import { authenticate } from '@/lib/auth/authenticate';
import { nameField, newPasswordField } from '@/lib/auth/fields';
import { hashPassword } from '@/lib/auth/password';
import { tooManyAttemptsMessage } from '@/lib/rate-limit/sign-in';

const PASSWORD_CHANGED_PATH = '/admin/profile?password=changed';

export const saveProfile = formAction(
  { access: 'signedIn', schema: z.object({ name: nameField, bio: z.string().trim().max(1000, 'Use at most 1000 characters.') }) },
  async (profile, { user }) => {
    // Only ever the signed-in person's own profile: the id comes from the session, not the form.
    await updateUserProfile(user.id, profile);
    refresh();
    return { ok: true, message: 'Profile saved.' };
  },
);

export const changePassword = formAction(
  {
    access: 'signedIn',
    schema: z.object({ currentPassword: z.string().min(1, 'Enter your current password.').max(1024), newPassword: newPasswordField }),
  },
  async ({ currentPassword, newPassword }, { user, fail }) => {
    // Counted like a sign-in, so a borrowed session cannot be used to guess the password.
    const check = await authenticate(user.email, currentPassword, await headers());
    if (!check.ok) {
      if (check.reason === 'throttled') return fail(tooManyAttemptsMessage(check.retryAfterMs));
      return fail('Please correct the highlighted fields.', { currentPassword: ['That is not your current password.'] });
    }
    if (currentPassword === newPassword) {
      return fail('Please correct the highlighted fields.', { newPassword: ['Choose a password different from the current one.'] });
    }
    // The new hash ends every session of this account (lib/auth/session-stamp.ts), this one
    // included: sign in again with the new password and reload the page on the fresh session.
    await updateUserPasswordHash(user.id, await hashPassword(newPassword));
    await signIn('credentials', { email: user.email, password: newPassword, redirectTo: PASSWORD_CHANGED_PATH });
    return fail('Your password was changed, but signing in again failed. Sign in with the new password.');
  },
);
