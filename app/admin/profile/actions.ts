'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { updateUserProfile } from '@/db/queries/users';
import { formAction } from '@/lib/forms/form-action';
import { changeOwnPassword } from '@/lib/auth/change-password';
import { nameField, newPasswordField } from '@/lib/auth/fields';

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
    schema: z.object({
      currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
      newPassword: newPasswordField,
    }),
  },
  (passwords, { user, fail }) => changeOwnPassword(user, passwords, fail, PASSWORD_CHANGED_PATH),
);
