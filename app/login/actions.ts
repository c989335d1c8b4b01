'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { findUserByEmail } from '@/db/queries/users';
import { formAction } from '@/lib/forms/form-action';
import { CHANGE_PASSWORD_PATH, safeCallbackPath } from '@/lib/auth/callback-url';
import { SIGN_IN_UNAVAILABLE_MESSAGE, SignInUnavailable, TooManyAttempts } from '@/lib/auth/errors';
import { tooManyAttemptsMessage } from '@/lib/rate-limit/sign-in';

// One message for an unknown email and a wrong password alike: it must not tell which.
const INVALID = 'Invalid email or password.';

const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email.'),
  password: z.string().min(1, 'Enter your password.'),
  callbackUrl: z.string().optional(),
});

export const signInWithPassword = formAction({ access: 'public', schema: signInSchema }, async (input, { fail }) => {
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof TooManyAttempts) return fail(tooManyAttemptsMessage(error.retryAfterMs));
    if (error instanceof SignInUnavailable) return fail(SIGN_IN_UNAVAILABLE_MESSAGE);
    if (error instanceof AuthError && error.type === 'CredentialsSignin') return fail(INVALID);
    throw error;
  }
  // Signed in. Someone holding a temporary password goes straight to replace it: the page they
  // were going to would only send them there, and a redirect inside this action's response is
  // not followed with the address bar updated.
  const account = await findUserByEmail(input.email);
  redirect(account?.mustChangePassword ? CHANGE_PASSWORD_PATH : safeCallbackPath(input.callbackUrl));
});
