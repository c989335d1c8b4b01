import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { postDraftSchema, postPublishSchema, TITLE_REQUIRED } from './input';

const base = { baseVersion: 1, title: 'A title', contentHtml: '<p>Body</p>' };

describe('post input', () => {
  it('fills in defaults', () => {
    const parsed = postDraftSchema.parse(base);
    expect(parsed).toMatchObject({ slug: '', slugAuto: true, excerpt: '', labels: [], commentsOpen: true, publishedAt: null });
  });

  it('lets a draft be saved without a title but not published without one', () => {
    expect(postDraftSchema.safeParse({ ...base, title: '  ' }).success).toBe(true);
    const result = postPublishSchema.safeParse({ ...base, title: '  ' });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ title: [TITLE_REQUIRED] });
  });

  it('checks a slug the author typed, not one made from the title', () => {
    const typed = postDraftSchema.safeParse({ ...base, slug: 'Bad Slug', slugAuto: false });
    expect(typed.success).toBe(false);
    if (!typed.success) expect(fieldErrorsOf(typed.error).slug?.[0]).toMatch(/lower-case/);
    expect(postDraftSchema.safeParse({ ...base, slug: 'Bad Slug', slugAuto: true }).success).toBe(true);
  });

  it('merges labels that differ only in case or spacing, and drops empty ones', () => {
    expect(postDraftSchema.parse({ ...base, labels: ['Quotes', ' quotes ', '', 'Writing'] }).labels).toEqual([
      'Quotes',
      'Writing',
    ]);
  });

  it('reads the publish date as an instant with its offset', () => {
    expect(postDraftSchema.parse({ ...base, publishedAt: '2026-03-10T12:00:00.000Z' }).publishedAt).toEqual(
      new Date('2026-03-10T12:00:00Z'),
    );
    expect(postDraftSchema.parse({ ...base, publishedAt: '' }).publishedAt).toBeNull();
    expect(postDraftSchema.safeParse({ ...base, publishedAt: 'next tuesday' }).success).toBe(false);
  });
});
