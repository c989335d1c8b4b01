import { describe, expect, it } from 'vitest';
import { tagsForPostChange } from './cache-tags';

describe('tagsForPostChange', () => {
  it('touches nothing while a post stays unpublished', () => {
    expect(tagsForPostChange({ slug: 'a', status: 'draft' }, { slug: 'b', status: 'scheduled' })).toEqual([]);
    expect(tagsForPostChange(null, { slug: 'a', status: 'draft' })).toEqual([]);
    expect(tagsForPostChange({ slug: 'a', status: 'trashed' }, null)).toEqual([]);
  });

  it('touches the post and the lists when it is published, edited, unpublished or deleted', () => {
    expect(tagsForPostChange({ slug: 'a', status: 'draft' }, { slug: 'a', status: 'published' })).toEqual(['post:a', 'posts']);
    expect(tagsForPostChange({ slug: 'a', status: 'published' }, { slug: 'a', status: 'published' })).toEqual([
      'post:a',
      'posts',
    ]);
    expect(tagsForPostChange({ slug: 'a', status: 'published' }, { slug: 'a', status: 'trashed' })).toEqual(['post:a', 'posts']);
    expect(tagsForPostChange({ slug: 'a', status: 'published' }, null)).toEqual(['post:a', 'posts']);
  });

  it('touches the old and the new address when a published post changes slug', () => {
    expect(tagsForPostChange({ slug: 'old', status: 'published' }, { slug: 'new', status: 'published' })).toEqual([
      'post:old',
      'post:new',
      'posts',
    ]);
  });

  it('refreshes the site header when a page appears, goes, moves or is renamed — not for its text alone', () => {
    const about = { slug: 'about', status: 'published', title: 'About', kind: 'page' };
    expect(tagsForPostChange({ ...about, status: 'draft' }, about)).toContain('page-links');
    expect(tagsForPostChange(about, { ...about, status: 'trashed' })).toContain('page-links');
    expect(tagsForPostChange(about, { ...about, slug: 'about-me' })).toContain('page-links');
    expect(tagsForPostChange(about, { ...about, title: 'About me' })).toContain('page-links');
    expect(tagsForPostChange(about, about)).toEqual(['post:about', 'posts']);
    // A post is never in the header.
    expect(tagsForPostChange({ ...about, kind: 'post' }, { ...about, kind: 'post', title: 'New' })).not.toContain('page-links');
  });
});
