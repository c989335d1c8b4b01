import type { FeedPost } from '@/db/queries/posts';

/** A published post for feed tests; override what a test is about. */
export function feedPost(overrides: Partial<FeedPost> = {}): FeedPost {
  return {
    id: 1,
    slug: 'a-post',
    title: 'A post',
    excerpt: 'What the post is about.',
    contentHtml: '<p>Body with <a href="/posts/another">a link</a>.</p>',
    publishedAt: new Date('2025-03-01T10:00:00Z'),
    updatedAt: new Date('2025-03-02T08:30:00Z'),
    authorName: 'Ada Writer',
    labels: [{ name: 'Writing', slug: 'writing' }],
    ...overrides,
  };
}
