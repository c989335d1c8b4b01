import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The admin list and the reader lists count comments and views with the same fragments
// (fragments.ts); a real, migrated and seeded SQLite file checks both agree with the data.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-admin-posts-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;

let admin: typeof import('./admin-posts');
let posts: typeof import('./posts');
let comments: typeof import('./comments');
let views: typeof import('./views');

beforeAll(async () => {
  await (await import('../migrate')).migrateDatabase();
  await (await import('../seed')).seedWelcomeContent();
  admin = await import('./admin-posts');
  posts = await import('./posts');
  comments = await import('./comments');
  views = await import('./views');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
