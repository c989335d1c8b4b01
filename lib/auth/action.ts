import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { FieldErrors, FormFailure, FormResult } from '@/lib/forms/form-state';
import { loginPath, safeCallbackPath } from './callback-url';
import { can, type Permission } from './roles';
import { getSessionUser, type SessionUser } from './session';
import { log } from '@/lib/logging/logger';

/** Who may run an action: anyone, any signed-in person, or those whose role grants a permission. */
export type Access = 'public' | 'signedIn' | Permission;

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
 * - A role without the permission gets a refusal and nothing runs.
 * - Input is parsed with `schema`; failures come back with one message per field.
 */
export function formAction<S extends z.ZodType, A extends Access, R extends FormResult>(
  options: { access: A; schema: S; signedOut?: 'redirect' | 'fail' },
  act: (input: z.output<S>, context: ActionContext<A>) => Promise<R>,
): (previous: unknown, formData: FormData) => Promise<R | FormFailure> {
  // The previous state is ignored: every submit is judged on its own.
  return async (_previous, formData) => {
    const values = typedValues(formData);
    const fail = (error: string, fieldErrors: FieldErrors = {}): FormFailure => ({ ok: false, error, fieldErrors, values });

    let user: SessionUser | null = null;
    if (options.access !== 'public') {
      user = await getSessionUser();
      if (!user && options.signedOut === 'fail') {
        return { ...fail('Your session has ended. Sign in again to continue.'), reason: 'unauthenticated' };
      }
      if (!user) redirect(loginPath(await currentPath()));
      if (options.access !== 'signedIn' && !can(user, options.access)) {
        log.warn({ event: 'action.refused', userId: user.id, role: user.role, needs: options.access }, 'action refused: role lacks permission');
        return fail('You do not have permission to do that.');
      }
    }

    const parsed = options.schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return fail('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors as FieldErrors);
    }
    return act(parsed.data, { user, values, fail } as ActionContext<A>);
  };
}
