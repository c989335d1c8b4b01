// The state every form's server action returns (see lib/auth/action.ts). Shared with client
// components, so it holds types and pure helpers only.

export type FieldErrors = Partial<Record<string, string[]>>;

export interface FormFailure {
  ok: false;
  /** A message for the whole form; field messages are in fieldErrors. */
  error: string;
  fieldErrors: FieldErrors;
  /** What the person typed (passwords excepted), to put back in the fields. */
  values: Record<string, string>;
  /** Why, when a script acts on it (e.g. 'unauthenticated' for autosave; see formAction's `signedOut`). */
  reason?: string;
}

export type FormSuccess<Data extends object = object> = { ok: true; message: string } & Data;

export type FormResult<Data extends object = object> = FormSuccess<Data> | FormFailure;

/** useActionState's state: null until the form is first submitted. */
export type FormState<Data extends object = object> = FormResult<Data> | null;

/** A form's server action as client components receive it (made by formAction in lib/auth/action.ts). */
export type FormAction<Data extends object = object> = (previous: unknown, formData: FormData) => Promise<FormResult<Data>>;

/** The value to show in a field: what was typed on a failed submit, else the stored value. */
export function fieldValue(state: FormState, name: string, stored = ''): string {
  return state && !state.ok && name in state.values ? state.values[name] : stored;
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
}
