import { useActionState } from 'react';
import type { FormAction, FormState } from './form-state';

/** useActionState for a formAction: the state starts as null and holds the last submit's result. */
export function useFormAction<Data extends object = object>(action: FormAction<Data>) {
  return useActionState<FormState<Data>, FormData>(action, null);
}
