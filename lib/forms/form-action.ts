import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { loginPath, safeCallbackPath } from '@/lib/auth/callback-url';
import { can, type Permission } from '@/lib/auth/roles';
import { CHANGE_PASSWORD_PATH, getSession, type SessionUser } from '@/lib/auth/session';
import { log } from '@/lib/logging/logger';
import { storageProblem } from '@/lib/storage-errors';
import { fieldErrorsOf } from './field-errors';
import type { FieldErrors, FormFailure, FormResult } from './form-state';

/**
 * Who may run an action: anyone, any signed-in person, or those whose role grants a permission.
 * `changingPassword` is any signed-in person, including one who must still replace a temporary
 * password: only the action that replaces it uses it; every other access refuses them.
 */
export type Access = 'public' | 'signedIn' | 'changingPassword' | Permission;

export interface ActionContext<A extends Access> {
  user: A extends 'public' ? null : SessionUser;
  /** What was typed, passwords excepted, for returning with a failure. */
  values: Record<string, string>;
  fail(error: string, fieldErrors?: FieldErrors): FormFailure;
}

// Never echoed back into the page, even to the person who typed them.
const SECRET_FIELD = /password|token/i;

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // React adds $ACTION_… fields for forms submitted before hydration.
    if (typeof value === 'string' && !key.startsWith('$') && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}

async function currentPath(): Promise<string> {
  const referer = (await headers()).get('referer');
  try {
    return safeCallbackPath(referer ? new URL(referer).pathname : undefined);
  } catch {
    return safeCallbackPath(undefined);
  }
}

/**
 * The one way to write a server action for a form: authorise, parse, act, return state — in that
 * order, so no action can skip a step. Actions are public endpoints (anyone can POST to them with
 * the action id), so the check here is the lock, whatever the page showed.
 *
 * - A request without a valid session is sent to /login (its session may just have ended) — or,
 *   with `signedOut: 'fail'` (autosave, called from script with the text still on screen), answered
 *   with a failure whose `reason` is 'unauthenticated', so the page can keep the text and ask the
 *   person to sign in again in another tab.
 * - A person who must replace a temporary password is sent to do that (or, with `signedOut:
 *   'fail'`, refused), except by the `changingPassword` action.
 * - A role without the permission gets a refusal and nothing runs.
 * - Input is parsed with `schema`; failures come back with one message per field.
 *
 * Every action returns a FormResult (lib/forms/form-state.ts): `Data` with a success, optional
 * `Detail` with a failure (the editor's save conflict).
 */
export function formAction<S extends z.ZodType, A extends Access, R extends FormResult<object, object>>(
  options: { access: A; schema: S; signedOut?: 'redirect' | 'fail' },
  act: (input: z.output<S>, context: ActionContext<A>) => Promise<R>,
): (previous: unknown, formData: FormData) => Promise<R | FormFailure> {
  // The previous state is ignored: every submit is judged on its own.
  return async (_previous, formData) => {
    const values = typedValues(formData);
    const fail = (error: string, fieldErrors: FieldErrors = {}): FormFailure => ({ ok: false, error, fieldErrors, values });

    let user: SessionUser | null = null;
    if (options.access !== 'public') {
      const session = await getSession();
      if (!session && options.signedOut === 'fail') {
        return { ...fail('Your session has ended. Sign in again to continue.'), reason: 'unauthenticated' };
      }
      if (!session) redirect(loginPath(await currentPath()));
      if (session.mustChangePassword && options.access !== 'changingPassword') {
        if (options.signedOut === 'fail')
          return { ...fail('Choose a new password before continuing.'), reason: 'unauthenticated' };
        redirect(CHANGE_PASSWORD_PATH);
      }
      user = session.user;
      if (options.access !== 'signedIn' && options.access !== 'changingPassword' && !can(user, options.access)) {
        log.warn(
          { event: 'action.refused', userId: user.id, role: user.role, needs: options.access },
          'action refused: role lacks permission',
        );
        return fail('You do not have permission to do that.');
      }
    }

    const parsed = options.schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
    }
    try {
      return await act(parsed.data, { user, values, fail } as ActionContext<A>);
    } catch (error) {
      // A read-only database or a full disk: the person is told next to the form, with what they
      // typed kept, and the log says why; readers are unaffected. Anything else (a redirect, a bug)
      // goes on to Next as before.
      const problem = storageProblem(error);
      if (!problem) throw error;
      log.error(
        { event: 'storage.write_failed', kind: problem.kind, code: problem.code, userId: user?.id ?? null, err: error },
        'a write failed: the database cannot be written',
      );
      return fail(problem.message);
    }
  };
}
