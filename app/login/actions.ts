'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn } from '@/auth';
import { formAction } from '@/lib/auth/action';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { TooManyAttempts } from '@/lib/auth/errors';
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
    // On success this throws Next's redirect to the (same-site) page the person was going to.
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(input.callbackUrl),
    });
  } catch (error) {
    if (error instanceof TooManyAttempts) return fail(tooManyAttemptsMessage(error.retryAfterMs));
    if (error instanceof AuthError && error.type === 'CredentialsSignin') return fail(INVALID);
    throw error;
  }
  return fail(INVALID);
});
