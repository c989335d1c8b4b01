import { CredentialsSignin } from 'next-auth';

/**
 * Thrown from the Credentials provider while an account or address is locked out. A subclass of
 * CredentialsSignin, so next-auth hands it back to the sign-in action unchanged (and shows only
 * its code on its own endpoint), and the action can say how long to wait.
 */
export class TooManyAttempts extends CredentialsSignin {
  code = 'too_many_attempts';

  constructor(readonly retryAfterMs: number) {
    super();
  }
}

/**
 * Thrown from the Credentials provider while the sign-in counters (Redis, with several instances)
 * cannot be reached: no password is checked without being counted.
 */
export class SignInUnavailable extends CredentialsSignin {
  code = 'sign_in_unavailable';
}

/** What the sign-in form and the password check say while the counters cannot be reached. */
export const SIGN_IN_UNAVAILABLE_MESSAGE = 'Sign-in is unavailable for a moment. Please try again shortly.';
