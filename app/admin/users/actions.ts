'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  createUser,
  findUserByEmail,
  findUserListItem,
  updateUserAccess,
  updateUserPasswordHash,
  type GuardedUpdate,
} from '@/db/queries/users';
import { formAction } from '@/lib/forms/form-action';
import { emailField, nameField, roleField, userIdField } from '@/lib/auth/fields';
import { hashPassword } from '@/lib/auth/password';
import { can } from '@/lib/auth/roles';
import { temporaryPassword } from '@/lib/auth/temporary-password';
import type { FormFailure } from '@/lib/forms/form-state';

const LAST_ADMIN = 'Inkwell needs at least one active admin. Make someone else an admin first.';

function refusal(result: Exclude<GuardedUpdate, { ok: true }>, fail: (error: string) => FormFailure) {
  return fail(result.reason === 'last-admin' ? LAST_ADMIN : 'That account no longer exists.');
}

export const createAccount = formAction(
  { access: 'manageUsers', schema: z.object({ name: nameField, email: emailField, role: roleField }) },
  async (input, { fail }) => {
    if (await findUserByEmail(input.email)) {
      return fail('Please correct the highlighted fields.', { email: ['An account with this email already exists.'] });
    }
    const password = temporaryPassword();
    // Shown to the admin, so not the person's own: they must replace it at their first sign-in.
    const user = await createUser({ ...input, passwordHash: await hashPassword(password), temporaryPassword: true });
    refresh();
    return { ok: true, message: `Account created for ${user.name} (${user.email}).`, temporaryPassword: password } as const;
  },
);

export const changeRole = formAction(
  { access: 'manageUsers', schema: z.object({ userId: userIdField, role: roleField }) },
  async ({ userId, role }, { user, fail }) => {
    const result = await updateUserAccess(userId, { role });
    if (!result.ok) return refusal(result, fail);
    // An admin who made themselves an author can no longer see this page.
    if (userId === user.id && !can({ id: user.id, role }, 'manageUsers')) redirect('/admin');
    refresh();
    return { ok: true, message: `Role changed to ${role === 'admin' ? 'admin' : 'author'}.` };
  },
);

export const setAccountDisabled = formAction(
  { access: 'manageUsers', schema: z.object({ userId: userIdField, disabled: z.enum(['true', 'false']) }) },
  async ({ userId, disabled }, { fail }) => {
    const disable = disabled === 'true';
    // Sessions of a disabled account stop working on their next request (lib/auth/session.ts).
    const result = await updateUserAccess(userId, { disabled: disable });
    if (!result.ok) return refusal(result, fail);
    refresh();
    return { ok: true, message: disable ? 'Account disabled. Its sessions have ended.' : 'Account enabled.' };
  },
);

export const resetPassword = formAction(
  { access: 'manageUsers', schema: z.object({ userId: userIdField }) },
  async ({ userId }, { user, fail }) => {
    if (userId === user.id) return fail('Change your own password on your profile page.');
    const account = await findUserListItem(userId);
    if (!account) return fail('That account no longer exists.');
    const password = temporaryPassword();
    // A new hash changes the session stamp: every session of that account ends. The admin saw
    // the password, so the person must replace it at their next sign-in.
    await updateUserPasswordHash(userId, await hashPassword(password), { temporary: true });
    refresh();
    return {
      ok: true,
      message: `Password reset for ${account.name}. Their sessions have ended.`,
      temporaryPassword: password,
    } as const;
  },
);
