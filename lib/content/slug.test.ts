import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from './slug';

describe('slugify', () => {
  it('lower-cases, folds accents and joins words with hyphens', () => {
    expect(slugify('Café au lait: a Love Story!')).toBe('cafe-au-lait-a-love-story');
  });
  it('drops apostrophes rather than splitting words', () => {
    expect(slugify('China’s tech, and the world’s')).toBe('chinas-tech-and-the-worlds');
  });
  it('falls back to "post" when nothing usable is left', () => {
    expect(slugify('!!!')).toBe('post');
  });
  it('limits length without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40), 22);
    expect(slug.length).toBeLessThanOrEqual(22);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('isValidSlug', () => {
  it('accepts slugify output and rejects anything else', () => {
    expect(isValidSlug(slugify('Hello World'))).toBe(true);
    expect(isValidSlug('Hello World')).toBe(false);
    expect(isValidSlug('-leading')).toBe(false);
    expect(isValidSlug('double--hyphen')).toBe(false);
  });
});
