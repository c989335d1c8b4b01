import { z } from 'zod';
import type { FieldErrors } from './form-state';

/** A schema's complaints as a form shows them: the messages for each top-level field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
