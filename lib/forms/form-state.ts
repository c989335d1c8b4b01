// The one result every form's server action returns (made by formAction, lib/forms/form-action.ts),
// and what the forms read from it. Shared with client components, so it holds types and pure
// helpers only.

/** The messages for each field, by field name; a form shows the first next to its field. */
export type FieldErrors = Partial<Record<string, string[]>>;

export type FormFailure<Detail extends object = object> = {
  ok: false;
  /** A message for the whole form ('' when the field messages say it all); field messages are in fieldErrors. */
  error: string;
  fieldErrors: FieldErrors;
  /** What the person typed (passwords excepted), to put back in the fields. */
  values: Record<string, string>;
  /** Why, when a script acts on it (e.g. 'unauthenticated' for autosave; see formAction's `signedOut`). */
  reason?: string;
} & Partial<Detail>;

export type FormSuccess<Data extends object = object> = { ok: true; message: string } & Data;

/** `Data` comes with a success; `Detail` (optional fields) with a failure, e.g. the editor's save conflict. */
export type FormResult<Data extends object = object, Detail extends object = object> = FormSuccess<Data> | FormFailure<Detail>;

/** useActionState's state: null until the form is first submitted. */
export type FormState<Data extends object = object, Detail extends object = object> = FormResult<Data, Detail> | null;

/** A form's server action as client components receive it (made by formAction). */
export type FormAction<Data extends object = object, Detail extends object = object> = (
  previous: unknown,
  formData: FormData,
) => Promise<FormResult<Data, Detail>>;

/** The value to show in a field: what was typed on a failed submit, else the stored value. */
export function fieldValue(state: FormState, name: string, stored = ''): string {
  return state && !state.ok && name in state.values ? state.values[name] : stored;
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
}

/**
 * A field's name, what to show in it and its message after the last submit, for a TextField or
 * SelectField: `<TextField label="Email" {...fieldProps(state, 'email')} />`.
 * Passwords are never in `values`, so their fields always start empty.
 */
export function fieldProps(state: FormState, name: string, stored = '') {
  return { name, defaultValue: fieldValue(state, name, stored), error: fieldError(state, name) };
}

/** The form an action is called with from script (the editor, the moderation queue). */
export function actionForm(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}
