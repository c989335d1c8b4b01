import { describe, expect, it } from 'vitest';
import { fieldProps, type FormState } from './form-state';

describe('fieldProps', () => {
  it('shows the stored value until a submit fails, then what was typed and the first message', () => {
    expect(fieldProps(null, 'email', 'ada@example.com')).toEqual({
      name: 'email',
      defaultValue: 'ada@example.com',
      error: undefined,
    });

    const failed: FormState = {
      ok: false,
      error: 'Please correct the highlighted fields.',
      fieldErrors: { email: ['That does not look like an email address.', 'Too long.'] },
      values: { email: 'ada@' },
    };
    expect(fieldProps(failed, 'email', 'ada@example.com')).toEqual({
      name: 'email',
      defaultValue: 'ada@',
      error: 'That does not look like an email address.',
    });
    // A password is never echoed back: its field starts empty.
    expect(fieldProps(failed, 'password')).toEqual({ name: 'password', defaultValue: '', error: undefined });
  });

  it('shows the stored value again after a success', () => {
    expect(fieldProps({ ok: true, message: 'Saved.' }, 'name', 'Ada')).toEqual({
      name: 'name',
      defaultValue: 'Ada',
      error: undefined,
    });
  });
});
