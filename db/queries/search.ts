import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { db } from '../client';
import { posts, type PostKind } from '../schema';
import { isPublishedAnyKind, withPublicationDate } from './fragments';

// The FTS5 index from migration 0001, declared here for typed joins only: it is not in
// db/schema.ts because drizzle-kit cannot create virtual tables (the migration does).
const postsFts = sqliteTable('posts_fts', {
  rowid: integer('rowid').notNull(),
  title: text('title').notNull(),
  contentText: text('content_text').notNull(),
});

// Title matches rank well above body matches.
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;
const SNIPPET_TOKENS = 24;

export interface SearchHit {
  id: number;
  /** A page ('page') lives at /<slug> and is marked as a page in the results; a post at /posts/<slug>. */
  kind: PostKind;
  slug: string;
  /** Title and snippet carry private-use highlight markers (lib/search/highlight), never HTML. */
  titleMarked: string;
  snippetMarked: string;
  publishedAt: Date;
}

export interface HighlightMarkers {
  start: string;
  end: string;
}

// Search is the one reader list that finds pages as well as posts (docs/pages.md): published, whatever the kind.

// Reading a post's status from the posts table walks past its body (overflow pages): over thousands
// of matches that was most of a search. posts_search_idx (migration 0006) holds what ranking and
// filtering need, so matches are ranked without opening a post row.
const searchColumns = sql.raw('posts indexed by posts_search_idx');

/**
 * Published posts and pages matching an FTS5 expression (build it with lib/search/fts-query), best first.
 * The expression must come from that builder: FTS5 rejects malformed syntax with an error.
 * Two steps: rank every match and keep the page's ids (bm25 and the covering index only), then
 * highlight and snippet those few; computed in one query they ran for every match before the sort.
 */
export async function searchPublishedPosts(
  matchExpression: string,
  { limit, offset, markers }: { limit: number; offset: number; markers: HighlightMarkers },
): Promise<SearchHit[]> {
  const ranked = await db.all<{ id: number }>(sql`
    select ${postsFts}.rowid as id from ${postsFts} join ${searchColumns} on posts.id = ${postsFts}.rowid
    where ${postsFts} match ${matchExpression} and ${isPublishedAnyKind}
    order by bm25(${postsFts}, ${TITLE_WEIGHT}, ${BODY_WEIGHT}), posts.published_at desc, posts.id desc
    limit ${limit} offset ${offset}`);
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => Number(row.id));
  const rows = await db
    .select({
      id: posts.id,
      kind: posts.kind,
      slug: posts.slug,
      titleMarked: sql<string>`highlight(${postsFts}, 0, ${markers.start}, ${markers.end})`,
      snippetMarked: sql<string>`snippet(${postsFts}, 1, ${markers.start}, ${markers.end}, '…', ${SNIPPET_TOKENS})`,
      publishedAt: posts.publishedAt,
    })
    .from(postsFts)
    .innerJoin(posts, eq(posts.id, postsFts.rowid))
    .where(and(sql`${postsFts} match ${matchExpression}`, inArray(postsFts.rowid, ids)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [withPublicationDate(row)] : [];
  });
}

/** How many published posts and pages match: the matching ids from the index, then the covering index for their status. */
export async function countPublishedPostMatches(matchExpression: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`
    select count(*) as n from ${searchColumns}
    where posts.id in (select rowid from ${postsFts} where ${postsFts} match ${matchExpression}) and ${isPublishedAnyKind}`);
  return Number(row?.n ?? 0);
}
