import { describe, expect, it } from 'vitest';
import type { PostDetail } from '@/db/queries/posts';
import { parseSiteSettings } from '@/lib/settings/schema';
import { blogPostingJsonLd, serializeJsonLd } from './json-ld';

const post: PostDetail = {
  id: 1,
  slug: 'a-post',
  title: 'A </script><script>alert(1)</script> post',
  excerpt: 'Excerpt',
  publishedAt: new Date('2026-01-02T03:04:05Z'),
  updatedAt: new Date('2026-01-03T00:00:00Z'),
  authorName: 'Ada',
  wordCount: 500,
  commentCount: 0,
  labels: [{ name: 'Quotes', slug: 'quotes' }],
  contentHtml: '<p>x</p>',
  commentsOpen: true,
};

describe('blogPostingJsonLd', () => {
  it('describes the post with absolute URLs and ISO dates', () => {
    const data = blogPostingJsonLd(post, 'https://blog.example', parseSiteSettings({}));
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      url: 'https://blog.example/posts/a-post',
      datePublished: '2026-01-02T03:04:05.000Z',
      author: { name: 'Ada' },
      keywords: 'Quotes',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, and still parses to the same data', () => {
    const data = blogPostingJsonLd(post, 'https://blog.example', parseSiteSettings({}));
    const json = serializeJsonLd(data);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
