import { useActionState } from 'react';
import type { FormAction, FormState } from './form-state';

/**
 * useActionState for a formAction: the state starts as null and holds the last submit's result.
 *
 * `permalink` is the path of the page the form is on. React writes it as the form's `action`, where
 * a submit without JavaScript goes; without it React writes `action=""`, which HTML does not allow
 * (the W3C checker reports it). Give it on reader pages, whose HTML we check; the page that answers
 * the post is the same either way.
 */
export function useFormAction<Data extends object = object>(action: FormAction<Data>, permalink?: string) {
  return useActionState<FormState<Data>, FormData>(action, null, permalink);
}
