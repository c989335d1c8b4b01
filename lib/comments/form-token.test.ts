import { describe, expect, it } from 'vitest';
import { checkFormToken, createFormToken } from './form-token';

const secret = 'a-secret-of-sufficient-length-for-tests';

describe('comment form tokens', () => {
  const issued = 1_700_000_000_000;
  const token = createFormToken(secret, issued);

  it('accepts a token after the minimum time', () => {
    expect(checkFormToken(token, secret, 3, issued + 5_000)).toBe('ok');
  });
  it('refuses a post sooner than the minimum time', () => {
    expect(checkFormToken(token, secret, 3, issued + 1_000)).toBe('too-fast');
  });
  it('refuses forged, altered or missing tokens', () => {
    expect(checkFormToken(token, 'another-secret-of-sufficient-length', 3, issued + 5_000)).toBe('invalid');
    expect(checkFormToken(`${issued - 60_000}.${token.split('.')[1]}`, secret, 3, issued + 5_000)).toBe('invalid');
    expect(checkFormToken('nonsense', secret, 3, issued)).toBe('invalid');
    expect(checkFormToken('', secret, 3, issued)).toBe('missing');
  });
  it('treats a day-old token as expired', () => {
    expect(checkFormToken(token, secret, 3, issued + 25 * 60 * 60 * 1000)).toBe('expired');
  });
});
