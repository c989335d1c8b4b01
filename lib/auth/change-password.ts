import 'server-only';
import { headers } from 'next/headers';
import { signIn } from '@/auth';
import { updateUserPasswordHash } from '@/db/queries/users';
import type { FormFailure } from '@/lib/forms/form-state';
import { tooManyAttemptsMessage } from '@/lib/rate-limit/sign-in';
import { authenticate } from './authenticate';
import { SIGN_IN_UNAVAILABLE_MESSAGE } from './errors';
import { passwordProblem, hashPassword } from './password';
import type { SessionUser } from './session';

/**
 * A person replacing their own password — on the profile page, or the temporary one an admin gave
 * them — then signed in again with it and sent to `redirectTo`. Returns a failure to show, or
 * ends in that redirect.
 */
export async function changeOwnPassword(
  user: SessionUser,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
  fail: (error: string, fieldErrors?: Record<string, string[]>) => FormFailure,
  redirectTo: string,
): Promise<FormFailure> {
  // Counted like a sign-in, so a borrowed session cannot be used to guess the password.
  const check = await authenticate(user.email, currentPassword, await headers());
  if (!check.ok) {
    if (check.reason === 'throttled') return fail(tooManyAttemptsMessage(check.retryAfterMs));
    if (check.reason === 'unavailable') return fail(SIGN_IN_UNAVAILABLE_MESSAGE);
    return fail('Please correct the highlighted fields.', { currentPassword: ['That is not your current password.'] });
  }
  if (currentPassword === newPassword) {
    return fail('Please correct the highlighted fields.', { newPassword: ['Choose a password different from the current one.'] });
  }
  // The field's own check knows nothing of the person; this one also refuses their email and name.
  const problem = passwordProblem(newPassword, [user.email, user.name]);
  if (problem) return fail('Please correct the highlighted fields.', { newPassword: [problem] });
  // The new hash ends every session of this account (lib/auth/session-stamp.ts), this one
  // included, and clears "must change password": sign in again with the new password.
  await updateUserPasswordHash(user.id, await hashPassword(newPassword));
  await signIn('credentials', { email: user.email, password: newPassword, redirectTo });
  return fail('Your password was changed, but signing in again failed. Sign in with the new password.');
}
