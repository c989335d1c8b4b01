import type { FormFailure } from '@/lib/forms/form-state';
import type { SaveFailure } from '@/lib/posts/concurrency';
import type { SaveOutcome } from './use-autosave';

/** A refused save as autosave acts on it (retry, stop, ask to sign in, show the conflict). */
export function refusedSaveOutcome(result: FormFailure<SaveFailure>): Exclude<SaveOutcome, { ok: true }> {
  if (result.reason === 'conflict' && result.conflict) return { ok: false, reason: 'conflict' };
  if (result.reason === 'unauthenticated') return { ok: false, reason: 'unauthenticated' };
  const reason =
    result.reason === 'notFound' || result.reason === 'forbidden' || result.reason === 'notAllowed' ? result.reason : 'invalid';
  return { ok: false, reason, error: result.error };
}

/** The messages the editor shows: the first for each field, and the whole-form one under `form`. */
export function editorErrors(result: FormFailure): Partial<Record<string, string>> {
  const fields = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages?.[0]]));
  return { ...fields, form: result.error };
}
