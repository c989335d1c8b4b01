import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// The admin list and the reader lists count comments and views with the same fragments
// (fragments.ts); a real, migrated and seeded SQLite file checks both agree with the data.
testDatabase('admin-posts', { seed: true });

let admin: typeof import('./admin-posts');
let posts: typeof import('./posts');
let comments: typeof import('./comments');
let views: typeof import('./views');

beforeAll(async () => {
  admin = await import('./admin-posts');
  posts = await import('./posts');
  comments = await import('./comments');
  views = await import('./views');
});

const all = { status: 'all', sort: 'newest', limit: 20, offset: 0 } as const;
const row = async (slug: string) => (await admin.listPostsForAdmin(all)).rows.find((r) => r.slug === slug)!;

describe('listPostsForAdmin', () => {
  it('shows each post with its labels, approved and pending comments and views', async () => {
    const slug = 'the-art-of-the-quoted-passage';
    const before = await row(slug);
    expect(before.labels).toEqual(['Quotes', 'Writing']);
    expect(before.views).toBe(0);
    const reader = (await posts.getPublishedPostBySlug(slug))!;
    expect(before.approvedComments).toBe(reader.commentCount);
    expect(before.approvedComments).toBeGreaterThan(0);

    await comments.insertComment({
      postId: before.id,
      authorName: 'Test',
      bodySource: 'hi',
      bodyHtml: '<p>hi</p>',
      status: 'pending',
    });
    await views.recordPostView(slug, '2026-03-10', 'a');
    await views.recordPostView(slug, '2026-03-11', 'b');
    const after = await row(slug);
    expect(after).toMatchObject({
      pendingComments: before.pendingComments + 1,
      approvedComments: before.approvedComments,
      views: 2,
    });
  });

  it('counts the posts that match, and ranks the most-read post first among readers', async () => {
    const { rows, total } = await admin.listPostsForAdmin({ ...all, limit: 1 });
    expect(rows).toHaveLength(1);
    expect(total).toBe((await admin.listPostsForAdmin(all)).rows.length);
    expect((await posts.listPopularPosts('2026-03-11', 1))[0].slug).toBe('the-art-of-the-quoted-passage');
  });
});
