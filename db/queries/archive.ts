import 'server-only';
import { and, gte, isNotNull, lt, max, min, sql } from 'drizzle-orm';
import { db } from '../client';
import { posts } from '../schema';
import { isPublished } from './fragments';
import { countPublishedPostsWhere, listPublishedPostsWhere, type PostSummary } from './posts';

/** The oldest and newest publication times of published posts (two index seeks), or null without any. */
export async function getPublicationSpan(): Promise<{ first: Date; last: Date } | null> {
  const [row] = await db
    .select({ first: min(posts.publishedAt), last: max(posts.publishedAt) })
    .from(posts)
    .where(and(isPublished, isNotNull(posts.publishedAt)));
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/**
 * How many published posts fall in each half-open range [start, end), in one query: each count is
 * an index-only range count on (kind, status, published_at), so the archive's month list costs
 * about 3 ms at 100,000 posts instead of loading every publication time (docs/scale.md).
 */
export async function countPublishedPostsInRanges(ranges: readonly { start: Date; end: Date }[]): Promise<number[]> {
  if (ranges.length === 0) return [];
  const values = sql.join(
    ranges.map(({ start, end }, i) => sql`(${i}, ${start.getTime()}, ${end.getTime()})`),
    sql`, `,
  );
  const rows = await db.all<{ i: number; n: number }>(sql`
    with ranges(i, range_start, range_end) as (values ${values})
    select i, (
      select count(*) from ${posts}
      where ${isPublished} and ${posts.publishedAt} >= range_start and ${posts.publishedAt} < range_end
    ) as n
    from ranges order by i`);
  return rows.map((row) => Number(row.n));
}

const publishedBetween = (start: Date, end: Date) => and(gte(posts.publishedAt, start), lt(posts.publishedAt, end))!;

/** Published posts from `start` (inclusive) to `end` (exclusive), newest first. */
export function listPublishedPostsBetween(
  start: Date,
  end: Date,
  page: { limit: number; offset: number },
): Promise<PostSummary[]> {
  return listPublishedPostsWhere(publishedBetween(start, end), page);
}

export function countPublishedPostsBetween(start: Date, end: Date): Promise<number> {
  return countPublishedPostsWhere(publishedBetween(start, end));
}
