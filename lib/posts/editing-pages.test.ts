import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostDraftInput } from './input';

// Pages go through the posts' own save path (slugs, sanitizer, revisions, concurrency), with an
// edit context of kind 'page': against a real SQLite file, a page is written, its reserved slugs
// refused, and neither editor can reach the other's rows.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-editing-pages-'));
process.env.DATABASE_URL = `file:${path.join(dataDir, 'test.db')}`;
process.env.DATA_DIR = dataDir;

let editing: typeof import('./editing');
let transitions: typeof import('./transitions');
let history: typeof import('./revision-history');
let queries: typeof import('@/db/queries/post-editing');
let author: number;

const input = (overrides: Partial<PostDraftInput> = {}): PostDraftInput => ({
  baseVersion: 0,
  title: 'Contact',
  contentHtml: '<p>Write to me <script>alert(1)</script>by post.</p>',
  slug: '',
  slugAuto: true,
  excerpt: '',
  labels: [],
  commentsOpen: false,
  publishedAt: null,
  coverMediaId: null,
  ...overrides,
});

const ctx = (kind: 'post' | 'page') => ({
  userId: author,
  kind,
  mayEdit: (authorId: number) => authorId === author,
  mayUseImage: () => true,
});

beforeAll(async () => {
  await (await import('@/db/migrate')).migrateDatabase();
  const users = await import('@/db/queries/users');
  author = (await users.createUser({ email: 'p@example.com', name: 'Pat Pages', passwordHash: 'x', role: 'admin' })).id;
  editing = await import('./editing');
  transitions = await import('./transitions');
  history = await import('./revision-history');
  queries = await import('@/db/queries/post-editing');
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function publishedPage(overrides: Partial<PostDraftInput> = {}) {
  const saved = await editing.savePost(ctx('page'), null, input(overrides), 'publish');
  if (!saved.ok) throw new Error(saved.error);
  return saved;
}

describe('writing a page', () => {
  it('stores a sanitized page without labels or a chosen date, published now, and refreshes the header', async () => {
    const saved = await publishedPage({ labels: ['Ignored'], publishedAt: new Date('2099-01-01T00:00:00Z') });
    expect(saved).toMatchObject({ status: 'published', slug: 'contact' });
    expect(saved.tags).toEqual(['post:contact', 'posts', 'page-links']);
    const page = (await queries.getPostForEditing(saved.postId))!;
    expect(page).toMatchObject({ kind: 'page', labels: [], commentsOpen: false });
    expect(page.contentHtml).not.toContain('script');
    expect(page.publishedAt!.getTime()).toBeLessThan(Date.now() + 1000);
  });

  it('refreshes the header for a new title, not for new text alone', async () => {
    const saved = await publishedPage({ title: 'Colophon' });
    const edit = (overrides: Partial<PostDraftInput>, baseVersion: number) =>
      editing.savePost(ctx('page'), saved.postId, input({ title: 'Colophon', baseVersion, ...overrides }), 'publish');
    const text = await edit({ contentHtml: '<p>Set in Georgia.</p>' }, saved.version);
    expect(text.ok && text.tags).toEqual(['post:colophon', 'posts']);
    const renamed = await edit({ title: 'How this blog is made' }, text.ok ? text.version : 0);
    expect(renamed.ok && renamed.tags).toContain('page-links');
  });
});

describe('reserved slugs', () => {
  it('refuses a typed slug the app uses, next to the slug field', async () => {
    const saved = await editing.savePost(ctx('page'), null, input({ slug: 'admin', slugAuto: false }), 'autosave');
    expect(saved).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!saved.ok && 'fieldErrors' in saved && saved.fieldErrors.slug?.[0]).toMatch(
      /“admin” is an address the blog itself uses/,
    );
  });

  it('makes a free slug from a title that names a route', async () => {
    const saved = await publishedPage({ title: 'Search' });
    expect(saved.slug).toBe('search-2');
  });

  it('leaves posts free to use those words (they live under /posts)', async () => {
    const saved = await editing.savePost(
      ctx('post'),
      null,
      input({ title: 'Archive', slug: 'archive', slugAuto: false }),
      'autosave',
    );
    expect(saved.ok && saved.slug).toBe('archive');
  });
});

describe('the posts’ editor and the pages’ editor keep to their own rows', () => {
  it('a post action cannot save, trash, restore or list the revisions of a page, nor the other way round', async () => {
    const page = await publishedPage({ title: 'Now' });
    const post = await editing.savePost(ctx('post'), null, input({ title: 'A post' }), 'autosave');
    if (!post.ok) throw new Error(post.error);

    const asPost = await editing.savePost(ctx('post'), page.postId, input({ baseVersion: page.version }), 'autosave');
    expect(asPost).toMatchObject({ ok: false, reason: 'notFound' });
    expect(await transitions.transitionPosts(ctx('post'), [page.postId], 'trash')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await history.revisionsForEditor(ctx('post'), page.postId)).toMatchObject({ ok: false, reason: 'notFound' });
    expect((await queries.getPostForEditing(page.postId))!.status).toBe('published');

    const asPage = await editing.savePost(ctx('page'), post.postId, input({ baseVersion: post.version }), 'autosave');
    expect(asPage).toMatchObject({ ok: false, reason: 'notFound' });
    expect(await transitions.transitionPosts(ctx('page'), [post.postId], 'trash')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });
});
