import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostDraftInput } from '@/lib/posts/input';
import { legacyRequestOf, movedReaderRequest, NO_COMMENT_FEEDS } from './patterns';

// Old addresses read from the URL (patterns.ts) and resolved against a real, migrated SQLite file
// (resolve.ts, db/queries/redirects.ts): the rows name posts by id, so they follow slug changes.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-redirects-'));
process.env.DATABASE_URL = `file:${path.join(dataDir, 'test.db')}`;
process.env.DATA_DIR = dataDir;

let resolve: typeof import('./resolve');
let editing: typeof import('@/lib/posts/editing');
let sqlite: typeof import('@/db/client').sqlite;
let author: number;

const COMMENT_AT = Date.parse('2024-05-02T10:20:30.123Z');

async function insertPost(slug: string, kind: 'post' | 'page' = 'post', status = 'published'): Promise<number> {
  const { rows } = await sqlite.execute({
    sql: `insert into posts (slug, kind, title, status, author_id, published_at) values (?, ?, ?, ?, ?, ?) returning id`,
    args: [slug, kind, `Title of ${slug}`, status, author, Date.parse('2024-05-01T00:00:00Z')],
  });
  return Number(rows[0].id);
}

async function insertRedirect(fromPath: string, postId: number) {
  await sqlite.execute({ sql: 'insert into legacy_redirects (from_path, post_id) values (?, ?)', args: [fromPath, postId] });
}

async function insertComment(postId: number, createdAt: number, status = 'approved'): Promise<number> {
  const { rows } = await sqlite.execute({
    sql: `insert into comments (post_id, author_name, body_source, body_html, status, created_at) values (?, 'Reader', 'Hi', '<p>Hi</p>', ?, ?) returning id`,
    args: [postId, status, createdAt],
  });
  return Number(rows[0].id);
}

/** Where a request for `url` (path and query) is sent: the answer resolve.ts gives, or 'pass'. */
async function answerFor(url: string) {
  const parsed = new URL(url, 'http://blog.test');
  const legacy = legacyRequestOf(parsed.pathname, parsed.searchParams);
  return legacy ? resolve.resolveLegacyRequest(legacy) : 'pass';
}

const moved = (location: string) => ({ status: 301, location });

let posts: { blogger: number; page: number; wordpress: number; draft: number };
let comments: { approved: number };

beforeAll(async () => {
  await (await import('@/db/migrate')).migrateDatabase();
  sqlite = (await import('@/db/client')).sqlite;
  const users = await import('@/db/queries/users');
  author = (await users.createUser({ email: 'r@example.com', name: 'Ray Redirect', passwordHash: 'x', role: 'author' })).id;
  resolve = await import('./resolve');
  editing = await import('@/lib/posts/editing');

  posts = {
    blogger: await insertPost('my-post'),
    page: await insertPost('about', 'page'),
    wordpress: await insertPost('hello-world'),
    draft: await insertPost('secret-draft', 'post', 'draft'),
  };
  await insertRedirect('/2024/05/my-post.html', posts.blogger);
  await insertRedirect('/p/about.html', posts.page);
  await insertRedirect('/2013/01/11/hello-world/', posts.wordpress);
  await insertRedirect('/?p=42', posts.wordpress);
  await insertRedirect('/?page_id=7', posts.page);
  await insertRedirect('/2024/05/secret-draft.html', posts.draft);
  comments = { approved: await insertComment(posts.blogger, COMMENT_AT) };
  await insertComment(posts.blogger, COMMENT_AT + 1, 'spam');

  await sqlite.execute({
    sql: `insert into labels (name, slug) values ('Quotes & Notes', 'quotes-notes'), ('Travel', 'travel')`,
    args: [],
  });
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('Blogger addresses', () => {
  it('sends a post and a page to where they live now', async () => {
    expect(await answerFor('/2024/05/my-post.html')).toEqual(moved('/posts/my-post'));
    expect(await answerFor('/2024/05/my-post.html?m=1')).toEqual(moved('/posts/my-post'));
    expect(await answerFor('/p/about.html')).toEqual(moved('/about'));
  });

  it("sends a comment's permalink to that comment, found by its time, and else to the post", async () => {
    expect(await answerFor(`/2024/05/my-post.html?showComment=${COMMENT_AT}`)).toEqual(
      moved(`/posts/my-post#comment-${comments.approved}`),
    );
    // A held or spam comment is not on the page: the post is the best there is.
    expect(await answerFor(`/2024/05/my-post.html?showComment=${COMMENT_AT + 1}`)).toEqual(moved('/posts/my-post'));
    expect(await answerFor('/2024/05/my-post.html?showComment=12345')).toEqual(moved('/posts/my-post'));
    expect(await answerFor('/2024/05/my-post.html?showComment=not-a-time')).toEqual(moved('/posts/my-post'));
  });

  it('sends a label by its name to the label page, and an unknown one to the 404', async () => {
    expect(await answerFor('/search/label/Quotes%20%26%20Notes')).toEqual(moved('/labels/quotes-notes'));
    expect(await answerFor('/search/label/Travel?max-results=20')).toEqual(moved('/labels/travel'));
    expect(await answerFor('/search/label/Nothing%20Here')).toEqual({ status: 404 });
  });

  it("sends the blog's feeds to Inkwell's, in the format the subscriber asked for", async () => {
    expect(await answerFor('/feeds/posts/default')).toEqual(moved('/atom.xml'));
    expect(await answerFor('/feeds/posts/default?alt=rss')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feeds/posts/summary?alt=rss&max-results=25')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feeds/posts/full')).toEqual(moved('/atom.xml'));
    expect(await answerFor('/feeds/posts/default?alt=json')).toEqual(moved('/feed.json'));
    expect(await answerFor('/feeds/1234567890/posts/default')).toEqual(moved('/atom.xml'));
    expect(await answerFor('/rss.xml')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feeds/posts/default/-/Travel')).toEqual(moved('/labels/travel/feed.xml'));
    expect(await answerFor('/feeds/posts/default/-/Quotes%20%26%20Notes?alt=rss')).toEqual(
      moved('/labels/quotes-notes/feed.xml'),
    );
  });

  it('answers comment feeds, which Inkwell does not have, with 410 Gone', async () => {
    const gone = { status: 410, message: NO_COMMENT_FEEDS };
    expect(await answerFor('/feeds/comments/default')).toEqual(gone);
    expect(await answerFor('/feeds/9876543210/comments/default')).toEqual(gone);
    expect(await answerFor('/feeds/1234567890/9876543210/comments/default')).toEqual(gone);
  });

  it('sends year and month archives to Inkwell’s archive', async () => {
    expect(await answerFor('/2024')).toEqual(moved('/archive/2024'));
    expect(await answerFor('/2024/05')).toEqual(moved('/archive/2024/05'));
    expect(await answerFor('/2024/05/')).toEqual(moved('/archive/2024/05'));
  });
});

describe('WordPress addresses', () => {
  it('sends a permalink with or without its trailing slash, and /?p= and /?page_id=', async () => {
    expect(await answerFor('/2013/01/11/hello-world/')).toEqual(moved('/posts/hello-world'));
    // Next removes the trailing slash (a 308) before proxy.ts sees the path.
    expect(await answerFor('/2013/01/11/hello-world')).toEqual(moved('/posts/hello-world'));
    expect(await answerFor('/?p=42')).toEqual(moved('/posts/hello-world'));
    expect(await answerFor('/?p=42&replytocom=3')).toEqual(moved('/posts/hello-world'));
    expect(await answerFor('/?page_id=7')).toEqual(moved('/about'));
    expect(await answerFor('/?p=43')).toEqual({ status: 404 });
  });

  it('lets the home page through when the query is not an old address', async () => {
    expect(await answerFor('/')).toBe('pass');
    expect(await answerFor('/?p=abc')).toBe('pass');
    expect(await answerFor('/?utm_source=x')).toBe('pass');
  });

  it('sends categories and tags to labels, with their pages and feeds', async () => {
    expect(await answerFor('/category/travel/')).toEqual(moved('/labels/travel'));
    expect(await answerFor('/category/places/travel/')).toEqual(moved('/labels/travel'));
    expect(await answerFor('/tag/quotes-notes/')).toEqual(moved('/labels/quotes-notes'));
    expect(await answerFor('/tag/travel/page/3/')).toEqual(moved('/labels/travel/page/3'));
    expect(await answerFor('/category/travel/feed/')).toEqual(moved('/labels/travel/feed.xml'));
    expect(await answerFor('/tag/travel/feed/atom/')).toEqual(moved('/labels/travel/feed.xml'));
    expect(await answerFor('/tag/never-used/')).toEqual({ status: 404 });
  });

  it("sends the blog's feeds to Inkwell's, and comment feeds to 410", async () => {
    expect(await answerFor('/feed/')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feed')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feed/rss2/')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/feed/atom/')).toEqual(moved('/atom.xml'));
    expect(await answerFor('/?feed=rss2')).toEqual(moved('/feed.xml'));
    expect(await answerFor('/?feed=atom')).toEqual(moved('/atom.xml'));
    expect(await answerFor('/comments/feed/')).toMatchObject({ status: 410 });
    expect(await answerFor('/?feed=comments-rss2')).toMatchObject({ status: 410 });
    expect(await answerFor('/2013/01/11/hello-world/feed/')).toMatchObject({ status: 410 });
  });
});

describe('what is never redirected', () => {
  it("does not reveal a draft's address, nor answer paths no old blog had", async () => {
    expect(await answerFor('/2024/05/secret-draft.html')).toEqual({ status: 404 });
    expect(await answerFor('/2024/05/never-was.html')).toEqual({ status: 404 });
    expect(await answerFor('/search')).toBe('pass');
    expect(await answerFor('/search?q=quotes')).toBe('pass');
    expect(await answerFor('/feed.xml')).toBe('pass');
    expect(await answerFor('/posts/my-post')).toBe('pass');
  });

  it('follows the post to its current slug: the row names the post, not the slug', async () => {
    await sqlite.execute({ sql: `update posts set slug = 'my-renamed-post' where id = ?`, args: [posts.blogger] });
    expect(await answerFor('/2024/05/my-post.html')).toEqual(moved('/posts/my-renamed-post'));
    await sqlite.execute({ sql: `update posts set slug = 'my-post' where id = ?`, args: [posts.blogger] });
  });
});

function draftInput(overrides: Partial<PostDraftInput>): PostDraftInput {
  return {
    baseVersion: 0,
    title: 'Moving house',
    contentHtml: '<p>Boxes.</p>',
    slug: '',
    slugAuto: true,
    excerpt: '',
    labels: [],
    commentsOpen: true,
    publishedAt: null,
    coverMediaId: null,
    ...overrides,
  };
}

describe('slug changes in the editor', () => {
  const ctx = () => ({ userId: author, mayEdit: () => true, mayUseImage: () => true });
  const movedFrom = async (pathname: string) => {
    const request = movedReaderRequest(pathname);
    return request ? resolve.resolveLegacyRequest(request) : 'pass';
  };

  async function publishedPost(slug: string) {
    const created = await editing.savePost(ctx(), null, draftInput({ slug, slugAuto: false }), 'publish');
    if (!created.ok) throw new Error(created.error);
    return created;
  }

  async function rename(post: { postId: number; version: number }, slug: string) {
    const saved = await editing.savePost(
      ctx(),
      post.postId,
      draftInput({ slug, slugAuto: false, baseVersion: post.version }),
      'publish',
    );
    if (!saved.ok) throw new Error(saved.error);
    return saved;
  }

  it('keeps the old address of a published post, and a chain a→b→c resolves in one hop', async () => {
    const a = await publishedPost('moving-a');
    const b = await rename(a, 'moving-b');
    expect(await movedFrom('/posts/moving-a')).toEqual(moved('/posts/moving-b'));
    await rename(b, 'moving-c');
    expect(await movedFrom('/posts/moving-a')).toEqual(moved('/posts/moving-c'));
    expect(await movedFrom('/posts/moving-b')).toEqual(moved('/posts/moving-c'));
    // What lives under the post's address moves with it.
    expect(await movedFrom('/posts/moving-a/opengraph-image')).toEqual(moved('/posts/moving-c/opengraph-image'));
  });

  it("keeps nothing for a draft's slug changes (never public; it follows the title as it is typed)", async () => {
    const draft = await editing.savePost(ctx(), null, draftInput({ title: 'Half a tit' }), 'autosave');
    if (!draft.ok) throw new Error(draft.error);
    const saved = await editing.savePost(
      ctx(),
      draft.postId,
      draftInput({ title: 'Half a title', baseVersion: draft.version }),
      'autosave',
    );
    expect(saved).toMatchObject({ ok: true, slug: 'half-a-title' });
    const { rows } = await sqlite.execute({
      sql: 'select count(*) as n from legacy_redirects where post_id = ?',
      args: [draft.postId],
    });
    expect(Number(rows[0].n)).toBe(0);
  });

  it('keeps a page’s old top-level address', async () => {
    const page = await insertPost('contact-us', 'page');
    await insertRedirect('/contact', page);
    expect(await movedFrom('/contact')).toEqual(moved('/contact-us'));
  });

  it('lets the latest post to leave an address own it', async () => {
    const first = await publishedPost('shared-name');
    await rename(first, 'first-elsewhere');
    const second = await publishedPost('shared-name');
    await rename(second, 'second-elsewhere');
    expect(await movedFrom('/posts/shared-name')).toEqual(moved('/posts/second-elsewhere'));
  });
});
