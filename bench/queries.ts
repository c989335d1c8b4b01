// npm run bench:queries -- FILE [--runs N]
// Times every query a reader page, feed or the path gate runs (db/queries), against a database
// filled by `npm run seed:scale` (docs/scale.md): median and p99 over N runs each, in one process,
// warm page cache. Prints a Markdown table. The file is migrated first (so copy a seeded file you
// want to keep unmigrated).
import path from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '50' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run bench:queries -- FILE [--runs N]');
  process.exit(1);
}
process.env.DATABASE_URL = `file:${path.resolve(file)}`;
const runs = Number(values.runs);

async function main() {
  const { migrateDatabase } = await import('@/db/migrate');
  await migrateDatabase();
  const posts = await import('@/db/queries/posts');
  const labels = await import('@/db/queries/labels');
  const archive = await import('@/db/queries/archive');
  const search = await import('@/db/queries/search');
  const comments = await import('@/db/queries/comments');
  const pages = await import('@/db/queries/pages');
  const { buildFtsQuery } = await import('@/lib/search/fts-query');
  const { monthsBetween, periodRange } = await import('@/lib/archive/periods');
  const { sqlite } = await import('@/db/client');

  // What the seed names (db/seed/scale.ts): the newest post has 50 comments, "notebook"-like top label…
  const one = async (sql: string) => (await sqlite.execute(sql)).rows[0] as unknown as Record<string, number | string>;
  const featured = await one(
    "SELECT p.id, p.slug, p.published_at FROM posts p WHERE kind = 'post' AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1",
  );
  const topLabel = await one(
    'SELECT l.id, l.slug FROM labels l JOIN post_labels pl ON pl.label_id = l.id GROUP BY l.id ORDER BY count(*) DESC LIMIT 1',
  );
  const total = await posts.countPublishedPosts();
  const labelTotal = await labels.countPublishedPostsWithLabel(Number(topLabel.id));
  const newest = new Date(Number(featured.published_at));
  const monthStart = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth(), 1));
  const monthEnd = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth() + 1, 1));
  const yearStart = new Date(Date.UTC(newest.getUTCFullYear() - 1, 0, 1));
  const yearEnd = new Date(Date.UTC(newest.getUTCFullYear(), 0, 1));
  const match = buildFtsQuery('lantern')!;
  const markers = { start: '[', end: ']' };
  const perPage = 10;
  const deep = Math.floor(total / perPage / 2) * perPage;
  const labelDeep = Math.floor(labelTotal / perPage / 2) * perPage;

  const cases: [string, () => Promise<unknown>][] = [
    ['home: listPublishedPosts page 1', () => posts.listPublishedPosts({ limit: perPage, offset: 0 })],
    [
      `/page/${deep / perPage + 1}: listPublishedPosts (middle)`,
      () => posts.listPublishedPosts({ limit: perPage, offset: deep }),
    ],
    ['countPublishedPosts (home, gate)', () => posts.countPublishedPosts()],
    ['post: getPublishedPostBySlug', () => posts.getPublishedPostBySlug(String(featured.slug))],
    ['post: listApprovedComments (50)', () => comments.listApprovedComments(Number(featured.id))],
    ['post: getAdjacentPosts', () => posts.getAdjacentPosts({ id: Number(featured.id), publishedAt: newest })],
    ['post: listRelatedPosts', () => posts.listRelatedPosts(Number(featured.id), 3)],
    ['post: listPopularPosts', () => posts.listPopularPosts('2026-11-01', 5)],
    ['label cloud: listLabelsWithPublishedPosts', () => labels.listLabelsWithPublishedPosts()],
    ['gate: countPublishedPostsWithLabelSlug (top)', () => labels.countPublishedPostsWithLabelSlug(String(topLabel.slug))],
    ['label: countPublishedPostsWithLabel (top)', () => labels.countPublishedPostsWithLabel(Number(topLabel.id))],
    [
      'label: listPublishedPostsWithLabel page 1',
      () => posts.listPublishedPostsWithLabel(Number(topLabel.id), { limit: perPage, offset: 0 }),
    ],
    [
      'label: listPublishedPostsWithLabel (middle)',
      () => posts.listPublishedPostsWithLabel(Number(topLabel.id), { limit: perPage, offset: labelDeep }),
    ],
    [
      '/archive: getPublicationSpan + countPublishedPostsInRanges (months)',
      async () => {
        const span = (await archive.getPublicationSpan())!;
        const months = monthsBetween(span.first, span.last, 'UTC');
        return archive.countPublishedPostsInRanges(months.map((month) => periodRange(month, 'UTC')));
      },
    ],
    ['archive month: countPublishedPostsBetween', () => archive.countPublishedPostsBetween(monthStart, monthEnd)],
    ['archive year: countPublishedPostsBetween', () => archive.countPublishedPostsBetween(yearStart, yearEnd)],
    [
      'archive month: listPublishedPostsBetween',
      () => archive.listPublishedPostsBetween(monthStart, monthEnd, { limit: perPage, offset: 0 }),
    ],
    [
      'archive year: listPublishedPostsBetween p5',
      () => archive.listPublishedPostsBetween(yearStart, yearEnd, { limit: perPage, offset: 40 }),
    ],
    ['search: countPublishedPostMatches', () => search.countPublishedPostMatches(match)],
    ['search: searchPublishedPosts', () => search.searchPublishedPosts(match, { limit: perPage, offset: 0, markers })],
    ['feed: listFeedPosts', () => posts.listFeedPosts({ limit: 20 })],
    ['label feed: listFeedPosts', () => posts.listFeedPosts({ limit: 20, labelId: Number(topLabel.id) })],
    ['sitemap: listPublishedPostDates', () => posts.listPublishedPostDates()],
    ['sitemap: listLabelsWithLastUpdate', () => labels.listLabelsWithLastUpdate()],
    ['gate: isPublishedPostSlug', () => posts.isPublishedPostSlug(String(featured.slug))],
    ['gate: isPublishedPageSlug', () => pages.isPublishedPageSlug('about')],
    ['header: listPublishedPages', () => pages.listPublishedPages()],
  ];

  const counts = await one('SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM comments) AS comments');
  console.log(
    `${counts.posts} posts, ${counts.comments} comments; ${runs} runs each; load average ${(await import('node:os'))
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| query | median ms | p99 ms |\n|---|---:|---:|');
  for (const [name, run] of cases) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
    console.log(`| ${name} | ${at(0.5)} | ${at(0.99)} |`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
