import { describe, expect, it } from 'vitest';
import { actionFields, commentFields } from './actions';

describe('actionFields', () => {
  it('sends the form’s values first and the arguments that refer to them last, as React does', () => {
    // An object would enumerate the key "0" first, and the server would find no fields for `$K1`.
    expect(actionFields({ name: 'Ada', body: 'Hello' })).toEqual([
      ['_1_name', 'Ada'],
      ['_1_body', 'Hello'],
      ['0', '[null,"$K1"]'],
    ]);
  });

  it('carries every field of the comment form, the empty honeypot included', () => {
    const fields = Object.fromEntries(actionFields(commentFields('a-post', 'token', 'text')));
    expect(fields).toMatchObject({ _1_postSlug: 'a-post', _1_formToken: 'token', _1_company: '', _1_body: 'text' });
  });
});
