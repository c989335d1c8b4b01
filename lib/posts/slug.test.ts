import { describe, expect, it } from 'vitest';
import { slugFromTitle, slugProblem, uniqueSlug } from './slug';

describe('slugProblem', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(slugProblem('my-first-post')).toBeNull();
    expect(slugProblem('2024-in-review')).toBeNull();
  });

  it.each([
    ['', /leave it empty/],
    ['My-Post', /lower-case/],
    ['my post', /hyphens instead of spaces/],
    ['-post', /start or end/],
    ['post-', /start or end/],
    ['my--post', /single hyphens/],
    ['café', /only lower-case letters/],
    ['a/b', /only lower-case letters/],
    ['x'.repeat(81), /80 characters/],
  ])('explains what is wrong with %j', (slug, message) => {
    expect(slugProblem(slug)).toMatch(message);
  });
});

describe('slugFromTitle', () => {
  it('makes a slug from the title, and "untitled" without one', () => {
    expect(slugFromTitle('Café au lait: a review!')).toBe('cafe-au-lait-a-review');
    expect(slugFromTitle('   ')).toBe('untitled');
  });
});

describe('uniqueSlug', () => {
  it('appends -2, -3… until the slug is free', async () => {
    const taken = new Set(['post', 'post-2']);
    expect(await uniqueSlug('post', (s) => taken.has(s))).toBe('post-3');
    expect(await uniqueSlug('other', (s) => taken.has(s))).toBe('other');
  });

  it('stays within 80 characters with the suffix', async () => {
    const base = `${'a'.repeat(40)}-${'b'.repeat(39)}`;
    const slug = await uniqueSlug(base, async (s) => s === base);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-2')).toBe(true);
  });
});
