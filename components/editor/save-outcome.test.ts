import { describe, expect, it } from 'vitest';
import type { FormFailure } from '@/lib/forms/form-state';
import type { SaveFailure } from '@/lib/posts/concurrency';
import { editorErrors, refusedSaveOutcome } from './save-outcome';

const refused = (over: Partial<FormFailure<SaveFailure>>): FormFailure<SaveFailure> => ({
  ok: false,
  error: 'No.',
  fieldErrors: {},
  values: {},
  ...over,
});

describe('a refused save', () => {
  it('tells autosave why: a conflict, an ended session, or a reason to stop with the message', () => {
    const conflict = {
      theirs: { version: 2, title: 't', contentHtml: '', updatedAt: new Date() },
      yours: { title: 'y', contentHtml: '', baseVersion: 1 },
    };
    expect(refusedSaveOutcome(refused({ reason: 'conflict', conflict }))).toEqual({ ok: false, reason: 'conflict' });
    expect(refusedSaveOutcome(refused({ reason: 'unauthenticated' }))).toEqual({ ok: false, reason: 'unauthenticated' });
    expect(refusedSaveOutcome(refused({ reason: 'forbidden' }))).toEqual({ ok: false, reason: 'forbidden', error: 'No.' });
    // A refusal from formAction itself (a role without the permission) has no reason: nothing to retry.
    expect(refusedSaveOutcome(refused({}))).toEqual({ ok: false, reason: 'invalid', error: 'No.' });
  });

  it('shows the first message of each field, and the whole-form message', () => {
    expect(editorErrors(refused({ error: 'Fix these.', fieldErrors: { slug: ['Taken.', 'Too long.'], title: [] } }))).toEqual({
      slug: 'Taken.',
      title: undefined,
      form: 'Fix these.',
    });
  });
});
