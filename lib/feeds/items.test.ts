import { describe, expect, it } from 'vitest';
import { feedPost } from '@/lib/testing/feed-post';
import { toFeedItems } from './items';

const base = 'https://blog.example';

describe('toFeedItems', () => {
  it('makes an entry with absolute URLs, author, categories and both dates', () => {
    const [item] = toFeedItems([feedPost()], base);
    expect(item).toEqual({
      id: 'https://blog.example/posts/a-post',
      link: 'https://blog.example/posts/a-post',
      title: 'A post',
      date: new Date('2025-03-02T08:30:00Z'),
      published: new Date('2025-03-01T10:00:00Z'),
      description: 'What the post is about.',
      content: '<p>Body with <a href="https://blog.example/posts/another">a link</a>.</p>',
      author: [{ name: 'Ada Writer' }],
      category: [
        {
          name: 'Writing',
          term: 'writing',
          domain: 'https://blog.example/labels/writing',
          scheme: 'https://blog.example/labels/',
        },
      ],
    });
  });

  it('keeps a base path, for a blog served under one', () => {
    const [item] = toFeedItems([feedPost({ contentHtml: '<p><a href="/x">x</a></p>' })], 'https://example.org/blog');
    expect(item.link).toBe('https://example.org/blog/posts/a-post');
    expect(item.content).toContain('href="https://example.org/x"');
  });

  it('orders entries newest first, by publication', () => {
    const posts = [
      feedPost({
        id: 1,
        slug: 'old',
        publishedAt: new Date('2025-01-01T00:00:00Z'),
        updatedAt: new Date('2025-06-01T00:00:00Z'),
      }),
      feedPost({ id: 2, slug: 'new', publishedAt: new Date('2025-03-01T00:00:00Z') }),
      feedPost({ id: 3, slug: 'middle', publishedAt: new Date('2025-02-01T00:00:00Z') }),
    ];
    expect(toFeedItems(posts, base).map((item) => item.link)).toEqual([
      'https://blog.example/posts/new',
      'https://blog.example/posts/middle',
      'https://blog.example/posts/old',
    ]);
  });

  it('drops characters XML cannot carry', () => {
    const [item] = toFeedItems([feedPost({ title: 'Tab\u000bbed', contentHtml: '<p>a\u0001b</p>' })], base);
    expect(item.title).toBe('Tabbed');
    expect(item.content).toBe('<p>ab</p>');
  });
});
