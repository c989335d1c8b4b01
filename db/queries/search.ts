import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
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

// Search is the one reader list that finds pages as well as posts (docs/pages.md).
const matches = (matchExpression: string) => and(sql`${postsFts} match ${matchExpression}`, isPublishedAnyKind);

/**
 * Published posts and pages matching an FTS5 expression (build it with lib/search/fts-query), best first.
 * The expression must come from that builder: FTS5 rejects malformed syntax with an error.
 */
export async function searchPublishedPosts(
  matchExpression: string,
  { limit, offset, markers }: { limit: number; offset: number; markers: HighlightMarkers },
): Promise<SearchHit[]> {
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
    .where(matches(matchExpression))
    .orderBy(asc(sql`bm25(${postsFts}, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`), desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset);
  return rows.map(withPublicationDate);
}

export async function countPublishedPostMatches(matchExpression: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(postsFts)
    .innerJoin(posts, eq(posts.id, postsFts.rowid))
    .where(matches(matchExpression));
  return row?.n ?? 0;
}
