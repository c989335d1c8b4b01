import path from 'node:path';
import { createClient } from '@libsql/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// What keeps reader queries flat as a blog grows (docs/scale.md), on a real SQLite file: the query
// plans SQLite chooses (without ANALYZE they do not depend on the table's size), the counts the
// triggers of migration 0006 keep, and deep pages found by an index-only seek.
const { dir } = testDatabase('growth', { seed: true });

type Queries = {
  posts: typeof import('./posts');
  labels: typeof import('./labels');
  archive: typeof import('./archive');
  search: typeof import('./search');
  client: typeof import('../client');
};
let q: Queries;

beforeAll(async () => {
  // A few hundred posts with labels, comments, drafts and ties, written by the scale seed. Two SQLite
  // libraries must not hold the file at once (db/seed/scale.ts): the app's connection is reopened after.
  (await import('../client')).sqlite.close();
  delete (globalThis as { inkwellSqlite?: unknown }).inkwellSqlite;
  const { seedScale } = await import('../seed/scale');
  await seedScale({ databaseFile: path.join(dir, 'blog.db'), posts: 300, comments: 1_000, seed: 3 });
  vi.resetModules();
  q = {
    posts: await import('./posts'),
    labels: await import('./labels'),
    archive: await import('./archive'),
    search: await import('./search'),
    client: await import('../client'),
  };
});

/** The statements a query function sends, each with SQLite's plan for it. */
async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
  const { sqlite } = q.client;
  const sent: { sql: string; args: unknown }[] = [];
  const execute = sqlite.execute.bind(sqlite);
  const spy = vi.spyOn(sqlite, 'execute').mockImplementation(((statement: { sql: string; args: unknown }) => {
    sent.push(statement);
    return execute(statement as never);
  }) as never);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  // Plans are asked on a connection of their own: an EXPLAIN of a full-text query can leave its
  // read snapshot open, which would make the app connection's next write fail as busy.
  const explainer = createClient({ url: `file:${path.join(dir, 'blog.db')}` });
  try {
    const plans: string[] = [];
    for (const { sql, args } of sent) {
      const { rows } = await explainer.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as never });
      plans.push(rows.map((row) => String(row.detail)).join('\n'));
    }
    return plans;
  } finally {
    explainer.close();
  }
}

describe('reader query plans', () => {
  it('a list page seeks its ids along the covering index, then reads only those posts', async () => {
    const [page] = await plansOf(() => q.posts.listPublishedPosts({ limit: 10, offset: 150 }));
    expect(page).toMatch(/COVERING INDEX posts_kind_status_published_idx/);
    expect(page).not.toMatch(/SCAN posts\b/);
  });

  it('the total of published posts and the label counts are read, never counted', async () => {
    const plans = [
      ...(await plansOf(() => q.posts.countPublishedPosts())),
      ...(await plansOf(() => q.labels.listLabelsWithPublishedPosts())),
      ...(await plansOf(() => q.labels.countPublishedPostsWithLabelSlug('notebook'))),
    ];
    for (const plan of plans) {
      expect(plan).not.toMatch(/\bposts\b(?!_)/);
      expect(plan).not.toMatch(/post_labels/);
    }
  });

  it('the archive counts months by index-only ranges, without reading every post', async () => {
    const span = (await q.archive.getPublicationSpan())!;
    const plans = await plansOf(() => q.archive.countPublishedPostsInRanges([{ start: span.first, end: span.last }]));
    expect(plans.join('\n')).toMatch(
      /COVERING INDEX posts_kind_status_published_idx \(kind=\? AND status=\? AND published_at>\? AND published_at<\?\)/,
    );
  });

  it('search starts from the full-text index and ranks on the covering index', async () => {
    const [count] = await plansOf(() => q.search.countPublishedPostMatches('"lantern"*'));
    // The match is the outer loop (or a list built first), never a probe of the index per post.
    expect(count).not.toMatch(/SEARCH posts USING COVERING INDEX posts_status_published_idx/);
    expect(count).toMatch(/posts_search_idx/);
    const [ranked] = await plansOf(() =>
      q.search.searchPublishedPosts('"lantern"*', { limit: 10, offset: 0, markers: { start: '[', end: ']' } }),
    );
    expect(ranked).toMatch(/SCAN posts_fts VIRTUAL TABLE/);
    expect(ranked).toMatch(/COVERING INDEX posts_search_idx/);
  });
});

describe('kept counts (migration 0006)', () => {
  // What the triggers keep must equal what a count finds, after every kind of write.
  async function assertCountsTrue() {
    const { sqlite } = q.client;
    const [kept, counted] = await Promise.all([
      sqlite.execute("SELECT n FROM reader_counts WHERE name = 'published_posts'"),
      sqlite.execute("SELECT count(*) AS n FROM posts WHERE kind = 'post' AND status = 'published'"),
    ]);
    expect(Number(kept.rows[0].n)).toBe(Number(counted.rows[0].n));
    const wrong = await sqlite.execute(
      `SELECT l.slug, l.published_post_count AS kept, (SELECT count(*) FROM post_labels pl JOIN posts p ON p.id = pl.post_id
         WHERE pl.label_id = l.id AND p.kind = 'post' AND p.status = 'published') AS counted
       FROM labels l WHERE kept <> counted`,
    );
    expect(wrong.rows).toEqual([]);
  }

  it('hold after seeding, publishing, unpublishing, relabelling, trashing and deleting', async () => {
    await assertCountsTrue();
    const { sqlite } = q.client;
    const run = (sql: string, ...args: (string | number)[]) => sqlite.execute({ sql, args });
    const label = async (slug: string) => Number((await run('SELECT id FROM labels WHERE slug = ?', slug)).rows[0].id);
    const notebook = await label('notebook');
    const before = await q.labels.countPublishedPostsWithLabelSlug('notebook');

    const { insertPost } = q.posts;
    const author = Number((await run("SELECT id FROM users WHERE email LIKE 'scale-author-%' LIMIT 1")).rows[0].id);
    const content = { contentHtml: '<p>x</p>', contentText: 'x', wordCount: 1, excerpt: 'x', authorId: author };
    const draft = await insertPost({
      ...content,
      slug: 'growth-draft',
      title: 'Draft',
      status: 'draft',
      publishedAt: null,
      labels: [{ name: 'Notebook', slug: 'notebook' }],
    });
    const live = await insertPost({
      ...content,
      slug: 'growth-live',
      title: 'Live',
      status: 'published',
      publishedAt: new Date(),
      labels: [
        { name: 'Notebook', slug: 'notebook' },
        { name: 'Fresh label', slug: 'fresh-label' },
      ],
    });
    await insertPost({
      ...content,
      kind: 'page',
      slug: 'growth-page',
      title: 'Page',
      status: 'published',
      publishedAt: new Date(),
      labels: [],
    });
    await assertCountsTrue();
    expect(await q.labels.countPublishedPostsWithLabelSlug('notebook')).toBe(before + 1);
    expect(await q.labels.countPublishedPostsWithLabelSlug('fresh-label')).toBe(1);

    await run("UPDATE posts SET status = 'published', published_at = ? WHERE id = ?", Date.now(), draft.id);
    await assertCountsTrue();
    await run("UPDATE posts SET status = 'trashed' WHERE id = ?", live.id);
    await assertCountsTrue();
    await run("UPDATE posts SET status = 'published' WHERE id = ?", live.id);
    await run('DELETE FROM post_labels WHERE post_id = ? AND label_id = ?', live.id, notebook);
    await run('UPDATE post_labels SET label_id = ? WHERE post_id = ?', notebook, draft.id);
    await assertCountsTrue();
    await run('DELETE FROM posts WHERE id IN (?, ?)', draft.id, live.id);
    await run("DELETE FROM labels WHERE slug = 'fresh-label'");
    await assertCountsTrue();
    expect(await q.labels.countPublishedPostsWithLabelSlug('notebook')).toBe(before);
  });
});

describe('deep pages', () => {
  it('follow one another with no gap or repeat, also where posts share a publication time', async () => {
    const { sqlite } = q.client;
    // Ten posts in the middle of the list share one publication time, across a page boundary.
    await sqlite.execute(
      `UPDATE posts SET published_at = (SELECT published_at FROM posts WHERE id = 150) WHERE id BETWEEN 145 AND 154`,
    );
    const all = (
      await sqlite.execute(
        "SELECT slug FROM posts WHERE kind = 'post' AND status = 'published' ORDER BY published_at DESC, id DESC",
      )
    ).rows.map((row) => String(row.slug));
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      paged.push(...(await q.posts.listPublishedPosts({ limit: 7, offset })).map((post) => post.slug));
    }
    expect(paged).toEqual(all);
  });
});
