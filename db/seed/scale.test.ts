import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

const { dir } = testDatabase('scale-seed', { seed: true });
// Seeded as a copy libsql has never opened: two SQLite libraries in one process must not have the
// same file open (closing one's handle drops the other's locks; libsql then read "database disk
// image is malformed", once in a few full runs). The app is pointed at the copy afterwards.
const databaseFile = () => path.join(dir, 'seeded.db');

const POSTS = 200;
const COMMENTS = 2_000;
const NOW = new Date('2026-12-01T00:00:00Z');

describe('seedScale', () => {
  let summary: Awaited<ReturnType<typeof import('./scale').seedScale>>;
  // Opened for each check and closed again: closing any handle on a file drops every lock this
  // process holds on it, so node:sqlite must never be open while libsql is (test 4).
  const read = <T>(query: (database: DatabaseSync) => T): T => {
    const database = new DatabaseSync(databaseFile(), { readOnly: true });
    try {
      return query(database);
    } finally {
      database.close();
    }
  };
  const count = (sql: string, ...params: (string | number)[]) =>
    read((database) => Number((database.prepare(sql).get(...params) as { n: number }).n));

  beforeAll(async () => {
    // Two SQLite libraries in one process must not hold the same file open (see db/seed/scale.ts):
    // the app's libsql connection, opened by the migration, is closed and opened afresh afterwards.
    await closeAppConnection();
    const { seedScale } = await import('./scale');
    const welcome = new DatabaseSync(path.join(dir, 'blog.db'));
    welcome.exec(`VACUUM INTO '${welcomeOnlyCopy()}'`);
    welcome.exec(`VACUUM INTO '${databaseFile()}'`);
    welcome.close();
    summary = await seedScale({ databaseFile: databaseFile(), posts: POSTS, comments: COMMENTS, seed: 7, now: NOW });
    process.env.DATABASE_URL = `file:${databaseFile()}`;
    vi.resetModules();
  });

  it('writes the posts and comments asked for, next to the welcome content', () => {
    expect(
      count("SELECT count(*) AS n FROM posts WHERE author_id IN (SELECT id FROM users WHERE email LIKE 'scale-author-%')"),
    ).toBe(POSTS);
    expect(
      count('SELECT count(*) AS n FROM comments WHERE post_id IN (SELECT id FROM posts WHERE slug GLOB ?)', '*-[0-9]*'),
    ).toBe(COMMENTS);
    // Mostly published, with a few drafts and scheduled posts; about 200 labels, the first the most used.
    expect(count("SELECT count(*) AS n FROM posts WHERE status = 'published' AND slug GLOB '*-[0-9]*'")).toBeGreaterThan(
      POSTS * 0.9,
    );
    expect(count("SELECT count(*) AS n FROM posts WHERE status IN ('draft', 'scheduled')")).toBeGreaterThan(0);
    expect(count('SELECT count(DISTINCT label_id) AS n FROM post_labels')).toBeGreaterThan(50);
  });

  it('names a published post with exactly 50 approved comments, some of them replies', () => {
    const post = read(
      (database) =>
        database.prepare("SELECT id FROM posts WHERE slug = ? AND status = 'published'").get(summary.postWithComments) as {
          id: number;
        },
    );
    expect(post).toBeDefined();
    expect(count("SELECT count(*) AS n FROM comments WHERE post_id = ? AND status = 'approved'", post.id)).toBe(50);
    expect(count('SELECT count(*) AS n FROM comments WHERE post_id = ?', post.id)).toBe(50);
    expect(count('SELECT count(*) AS n FROM comments WHERE parent_id IS NOT NULL')).toBeGreaterThan(0);
  });

  it('stores bodies as the real write path does (sanitizer, anchors, plain text, comment renderer)', async () => {
    const { preparePostContent } = await import('@/lib/content/prepare');
    const { renderCommentText } = await import('@/lib/content/comment-text');
    const rows = read((database) =>
      database
        .prepare("SELECT content_html, content_text, word_count, excerpt FROM posts WHERE slug GLOB '*-[0-9]*' LIMIT 20")
        .all(),
    ) as {
      content_html: string;
      content_text: string;
      word_count: number;
      excerpt: string;
    }[];
    for (const row of rows) {
      expect(row.content_html.length).toBeGreaterThanOrEqual(2_000);
      expect(row.content_html.length).toBeLessThan(10_000);
      expect(preparePostContent(row.content_html)).toEqual({
        contentHtml: row.content_html,
        contentText: row.content_text,
        wordCount: row.word_count,
        excerpt: row.excerpt,
      });
    }
    expect(rows.some((row) => row.content_html.includes('<figure><blockquote id="quote-1">'))).toBe(true);
    const comments = read((database) => database.prepare('SELECT body_source, body_html FROM comments LIMIT 50').all()) as {
      body_source: string;
      body_html: string;
    }[];
    for (const comment of comments) expect(renderCommentText(comment.body_source)).toBe(comment.body_html);
  });

  it('gives what the reader queries find: the label page, the archive month, the search term', async () => {
    const { getLabelBySlug } = await import('@/db/queries/labels');
    const { listPublishedPostsWithLabel } = await import('@/db/queries/posts');
    const { searchPublishedPosts, countPublishedPostMatches } = await import('@/db/queries/search');
    const { buildFtsQuery } = await import('@/lib/search/fts-query');
    const { countPublishedPostsBetween } = await import('@/db/queries/archive');

    const label = await getLabelBySlug(summary.label);
    expect(await listPublishedPostsWithLabel(label!.id, { limit: 10, offset: 0 })).toHaveLength(10);
    const query = buildFtsQuery(summary.searchTerm)!;
    expect(await countPublishedPostMatches(query)).toBeGreaterThan(5);
    const hits = await searchPublishedPosts(query, { limit: 10, offset: 0, markers: { start: '[', end: ']' } });
    expect(hits.length).toBeGreaterThan(5);
    const start = new Date(Date.UTC(summary.year, summary.month - 1, 1));
    const end = new Date(Date.UTC(summary.year, summary.month, 1));
    expect(await countPublishedPostsBetween(start, end)).toBeGreaterThan(0);
    // Closed before the next test opens this file with node:sqlite (see `read`).
    await closeAppConnection();
  });

  it('writes the same blog for the same seed', async () => {
    const { seedScale } = await import('./scale');
    const again = await seedScale({ databaseFile: welcomeOnlyCopy(), posts: POSTS, comments: COMMENTS, seed: 7, now: NOW });
    expect(again).toEqual(summary);
    expect(snapshot(welcomeOnlyCopy())).toEqual(snapshot(databaseFile()));
  });
});

async function closeAppConnection() {
  const { sqlite } = await import('@/db/client');
  sqlite.close();
  delete (globalThis as { inkwellSqlite?: unknown }).inkwellSqlite;
}

// The test database as it was before seeding (migrated, welcome content only), copied in beforeAll.
const welcomeOnlyCopy = () => path.join(dir, 'welcome-only.db');

function snapshot(file: string) {
  const database = new DatabaseSync(file, { readOnly: true });
  try {
    return {
      posts: database.prepare('SELECT slug, title, status, published_at, content_html, excerpt FROM posts ORDER BY id').all(),
      comments: database
        .prepare('SELECT post_id, parent_id, author_name, body_source, status, created_at FROM comments ORDER BY id')
        .all(),
      labels: database.prepare('SELECT post_id, label_id FROM post_labels ORDER BY post_id, label_id').all(),
    };
  } finally {
    database.close();
  }
}
