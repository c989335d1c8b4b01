import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Pages are rows of `posts` with kind 'page' (docs/pages.md). Against a real, migrated SQLite file
// with the welcome content (four posts and the About page): every reader list of posts leaves the
// page out; the page's own reads, the sitemap's and search find it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-pages-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;

let pages: typeof import('./pages');
let posts: typeof import('./posts');
let archive: typeof import('./archive');
let labels: typeof import('./labels');
let search: typeof import('./search');
let views: typeof import('./views');
let admin: typeof import('./admin-posts');
let dashboard: typeof import('./dashboard');
let knownPaths: typeof import('@/lib/reader/known-paths');
let settings: typeof import('./settings');

beforeAll(async () => {
  await (await import('../migrate')).migrateDatabase();
  await (await import('../seed')).seedWelcomeContent();
  pages = await import('./pages');
  posts = await import('./posts');
  archive = await import('./archive');
  labels = await import('./labels');
  search = await import('./search');
  views = await import('./views');
  admin = await import('./admin-posts');
  dashboard = await import('./dashboard');
  knownPaths = await import('@/lib/reader/known-paths');
  settings = await import('./settings');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ALL = { limit: 100, offset: 0 };
const markers = { start: '[', end: ']' };

describe('the welcome About page', () => {
  it('is a published page, linked from the header', async () => {
    const about = await pages.getPublishedPageBySlug('about');
    expect(about).toMatchObject({ title: 'About', commentsOpen: false });
    expect(about!.contentHtml).toMatch(/for people who write with quotes/);
    expect(await settings.readSetting('navigation')).toEqual([about!.id]);
    expect(await pages.listPublishedPagesInOrder([about!.id])).toEqual([{ id: about!.id, slug: 'about', title: 'About' }]);
  });
});

describe('reader lists of posts leave pages out', () => {
  it('home, counts, the post page and its gate', async () => {
    const listed = await posts.listPublishedPosts(ALL);
    expect(listed.map((p) => p.slug)).not.toContain('about');
    expect(listed).toHaveLength(4);
    expect(await posts.countPublishedPosts()).toBe(4);
    expect(await posts.getPublishedPostBySlug('about')).toBeNull();
    expect(await posts.isPublishedPostSlug('about')).toBe(false);
  });

  it('feeds, the archive, labels, popular posts and the sitemap’s posts', async () => {
    expect((await posts.listFeedPosts({ limit: 100 })).map((p) => p.slug)).not.toContain('about');
    const span = (await archive.getPublicationSpan())!;
    expect(await archive.countPublishedPostsInRanges([{ start: span.first, end: new Date(span.last.getTime() + 1) }])).toEqual([
      4,
    ]);
    expect((await posts.listPublishedPostDates()).map((p) => p.slug)).not.toContain('about');
    const labelCounts = await labels.listLabelsWithPublishedPosts();
    expect(labelCounts.reduce((n, l) => n + l.postCount, 0)).toBeGreaterThan(0);
    // A page takes no views (the beacon counts posts), so it can never be popular.
    expect(await views.recordPostView('about', '2026-03-10', 'reader')).toBe('unknownPost');
    expect((await posts.listPopularPosts('2000-01-01', 100)).map((p) => p.slug)).not.toContain('about');
  });

  it('the back office’s posts list and dashboard; the pages list has the page', async () => {
    const query = { status: 'all', sort: 'newest', limit: 100, offset: 0 } as const;
    expect((await admin.listPostsForAdmin(query)).rows.map((r) => r.slug)).not.toContain('about');
    expect((await admin.listPostsForAdmin({ ...query, kind: 'page' })).rows.map((r) => r.slug)).toEqual(['about']);
    expect((await dashboard.countPostsByStatus()).published).toBe(4);
  });
});

describe('where pages are found', () => {
  it('at /<slug>, for the path gate, and nowhere under /posts', async () => {
    expect(await pages.isPublishedPageSlug('about')).toBe(true);
    expect(await knownPaths.isKnownReaderPath('/about')).toBe(true);
    expect(await knownPaths.isKnownReaderPath('/posts/about')).toBe(false);
    expect(await knownPaths.isKnownReaderPath('/no-such-page')).toBe(false);
    expect(await knownPaths.isKnownReaderPath('/welcome-to-inkwell')).toBe(false);
    expect(await pages.isPublishedPageSlug('welcome-to-inkwell')).toBe(false);
  });

  it('in the sitemap’s pages and in search, marked as a page', async () => {
    expect((await pages.listPublishedPageDates()).map((p) => p.slug)).toEqual(['about']);
    const hits = await search.searchPublishedPosts('"owner" AND "rewrite"', { limit: 10, offset: 0, markers });
    expect(hits.map((h) => [h.slug, h.kind])).toEqual([['about', 'page']]);
    const posts = await search.searchPublishedPosts('"quote"', { limit: 10, offset: 0, markers });
    expect(posts.find((h) => h.slug === 'welcome-to-inkwell')?.kind).toBe('post');
  });

  it('in the header only while published, in the order chosen', async () => {
    const [about] = await pages.listPublishedPages();
    expect(await pages.listPublishedPagesInOrder([999, about.id])).toEqual([about]);
    expect(await pages.listPublishedPagesInOrder([])).toEqual([]);
  });
});
