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
