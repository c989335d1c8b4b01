'use server';

import { z } from 'zod';
import { formAction } from '@/lib/forms/form-action';
import { changeOwnPassword } from '@/lib/auth/change-password';
import { newPasswordField } from '@/lib/auth/fields';

const schema = z.object({
  currentPassword: z.string().min(1, 'Enter the temporary password you signed in with.').max(1024),
  newPassword: newPasswordField,
});

/** The one action open to a person who must replace a temporary password (lib/forms/form-action.ts). */
export const replaceTemporaryPassword = formAction({ access: 'changingPassword', schema }, (passwords, { user, fail }) =>
  changeOwnPassword(user, passwords, fail, '/admin'),
);
