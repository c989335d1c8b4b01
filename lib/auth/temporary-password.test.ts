import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';
import { temporaryPassword } from './temporary-password';

describe('temporaryPassword', () => {
  it('is four groups of unambiguous characters that pass the password policy', () => {
    const password = temporaryPassword();
    expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(passwordProblem(password)).toBeNull();
  });

  it('differs every time', () => {
    const passwords = new Set(Array.from({ length: 50 }, temporaryPassword));
    expect(passwords.size).toBe(50);
  });
});
