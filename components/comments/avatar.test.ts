import { describe, expect, it } from 'vitest';
import { initials } from './Avatar';

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Mei Lin Carver')).toBe('MC');
    expect(initials('tomás')).toBe('T');
  });
  it('copes with empty names and non-Latin letters', () => {
    expect(initials('   ')).toBe('?');
    expect(initials('Émile Zola')).toBe('ÉZ');
  });
});
