import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { postLabels, posts, readerCounts, users, type PostKind } from '../schema';
import { commentCount, isPublished, viewCount, withPublicationDate } from './fragments';
import { labelsByPost, setPostLabels, type LabelRef } from './labels';

export interface PostSummary {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  authorName: string;
  wordCount: number;
  commentCount: number;
  labels: LabelRef[];
}

export interface PostDetail extends PostSummary {
  contentHtml: string;
  updatedAt: Date;
  commentsOpen: boolean;
}

const approvedCommentCount = commentCount('approved');

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  authorName: users.name,
  wordCount: posts.wordCount,
  commentCount: approvedCommentCount,
};

/** Published posts, newest first. */
export function listPublishedPosts(page: { limit: number; offset?: number }) {
  return listPublishedPostsWhere(undefined, page);
}

/** Published posts of kind 'post': the count migration 0006's triggers keep, one row read. */
export async function countPublishedPosts(): Promise<number> {
  const [row] = await db
    .select({ n: readerCounts.n })
    .from(readerCounts)
    .where(eq(readerCounts.name, 'published_posts'))
    .limit(1);
  return row?.n ?? 0;
}

/** Whether a reader can open /posts/<slug>: one lookup on the unique slug index. */
export async function isPublishedPostSlug(slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(isPublished, eq(posts.slug, slug)))
    .limit(1);
  return row !== undefined;
}

export async function getPublishedPostBySlug(slug: string): Promise<PostDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      contentHtml: posts.contentHtml,
      updatedAt: posts.updatedAt,
      commentsOpen: posts.commentsOpen,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(isPublished, eq(posts.slug, slug)))
    .limit(1);
  if (!row) return null;
  const labelMap = await labelsByPost([row.id]);
  const { contentHtml, updatedAt, commentsOpen, ...summary } = row;
  return { ...withPublicationDate(summary), contentHtml, updatedAt, commentsOpen, labels: labelMap.get(row.id) ?? [] };
}

export interface NewPostContent {
  /** 'post' when not given; a page (About) is stored the same way (docs/pages.md). */
  kind?: PostKind;
  slug: string;
  title: string;
  contentHtml: string;
  contentText: string;
  wordCount: number;
  excerpt: string;
  authorId: number;
  status: 'draft' | 'scheduled' | 'published';
  publishedAt: Date | null;
  labels: LabelRef[];
  commentsOpen?: boolean;
}

/** Inserts a post with its labels (created when new) in one transaction. */
export async function insertPost({ labels: wanted, ...values }: NewPostContent, conn: Connection = db) {
  return conn.transaction(async (tx) => {
    const [post] = await tx.insert(posts).values(values).returning({ id: posts.id, slug: posts.slug });
    await setPostLabels(tx, post.id, wanted);
    return post;
  });
}

export interface PostLink {
  slug: string;
  title: string;
  publishedAt: Date;
}

const linkColumns = { slug: posts.slug, title: posts.title, publishedAt: posts.publishedAt };

const toLink = (row: { slug: string; title: string; publishedAt: Date | null }): PostLink => withPublicationDate(row);

/** The published posts just before (older) and after (newer) a post: row values, so each is one seek along the index. */
export async function getAdjacentPosts(post: { id: number; publishedAt: Date }) {
  const at = post.publishedAt.getTime();
  const [older] = await db
    .select(linkColumns)
    .from(posts)
    .where(and(isPublished, sql`(${posts.publishedAt}, ${posts.id}) < (${at}, ${post.id})`))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(1);
  const [newer] = await db
    .select(linkColumns)
    .from(posts)
    .where(and(isPublished, sql`(${posts.publishedAt}, ${posts.id}) > (${at}, ${post.id})`))
    .orderBy(posts.publishedAt, posts.id)
    .limit(1);
  return { older: older ? toLink(older) : null, newer: newer ? toLink(newer) : null };
}

/** Published posts sharing the most labels with a post, then the newest. */
export async function listRelatedPosts(postId: number, limit: number): Promise<PostLink[]> {
  // Ranked on posts_search_idx (id, status, kind, published_at), which holds everything the ranking
  // reads: a big label has tens of thousands of posts, and reading each one's status from its row
  // walks past its body. Then the few winners' titles are read (docs/scale.md).
  const ranked = await db.all<{ id: number }>(sql`
    select ${postLabels.postId} as id from ${postLabels}
    join posts indexed by posts_search_idx on posts.id = ${postLabels.postId}
    where ${isPublished} and ${postLabels.postId} <> ${postId}
      and ${postLabels.labelId} in (select ${postLabels.labelId} from ${postLabels} where ${postLabels.postId} = ${postId})
    group by ${postLabels.postId}
    order by count(*) desc, posts.published_at desc, ${postLabels.postId} desc
    limit ${limit}`);
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => Number(row.id));
  const rows = await db
    .select({ id: posts.id, ...linkColumns })
    .from(posts)
    .where(inArray(posts.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toLink({ slug: row.slug, title: row.title, publishedAt: row.publishedAt })] : [];
  });
}

/**
 * The most-read published posts since a UTC day (YYYY-MM-DD), by views; posts without views in the
 * window follow by approved comments, so a new blog still shows something.
 */
export async function listPopularPosts(sinceDay: string, limit: number): Promise<PostLink[]> {
  const rows = await db
    .select(linkColumns)
    .from(posts)
    .where(isPublished)
    .orderBy(desc(viewCount(sinceDay)), desc(approvedCommentCount), desc(posts.publishedAt))
    .limit(limit);
  return rows.map(toLink);
}

/** A published post with everything a feed entry needs: the full body, author, labels and both dates. */
export interface FeedPost {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  contentHtml: string;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string;
  labels: LabelRef[];
}

const hasLabel = (labelId: number) =>
  sql`exists (select 1 from ${postLabels} where ${postLabels.postId} = ${posts.id} and ${postLabels.labelId} = ${labelId})`;

/** The newest published posts with their bodies, for feeds; `labelId` keeps only that label's posts. */
export async function listFeedPosts({ limit, labelId }: { limit: number; labelId?: number }): Promise<FeedPost[]> {
  // `exists` per entry of the (kind, status, published_at) index, newest first, stops at the 20th
  // match; `id in (the label's posts)` read and sorted every post of the label (0.8 s for a label of
  // 25,000 posts).
  const inLabel = labelId === undefined ? undefined : hasLabel(labelId);
  const rows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      contentHtml: posts.contentHtml,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      authorName: users.name,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(isPublished, inLabel))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit);
  const labelMap = await labelsByPost(rows.map((r) => r.id));
  return rows.map((row) => ({ ...withPublicationDate(row), labels: labelMap.get(row.id) ?? [] }));
}

/**
 * Every published post's slug and last change, newest first, for the sitemap. Read from
 * posts_search_idx, which holds both: updated_at is the row's last column, and reading it from
 * 100,000 rows walked past every body (2.3 s).
 */
export async function listPublishedPostDates(): Promise<{ slug: string; updatedAt: Date }[]> {
  const rows = await db.all<{ slug: string; updatedAt: number }>(sql`
    select posts.slug as slug, posts.updated_at as updatedAt from posts indexed by posts_search_idx
    where ${isPublished} order by posts.published_at desc, posts.id desc`);
  return rows.map((row) => ({ slug: String(row.slug), updatedAt: new Date(Number(row.updatedAt)) }));
}

/**
 * Published posts that also meet `condition` (a label, a period), newest first; for db/queries modules.
 * A deep page (/page/5000) is found in two steps: the page's ids by an index-only seek along
 * (kind, status, published_at, id), which skips OFFSET entries of the index without reading a post,
 * then those few rows with their author, comment count and labels. OFFSET over the full rows would
 * read (and join) every skipped post: 200 ms in the middle of 100,000 posts (docs/scale.md).
 */
export async function listPublishedPostsWhere(
  condition: SQL | undefined,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<PostSummary[]> {
  const pageIds = db
    .select({ id: posts.id })
    .from(posts)
    .where(and(isPublished, condition))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset);
  const rows = await db
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(inArray(posts.id, pageIds))
    .orderBy(desc(posts.publishedAt), desc(posts.id));
  const labelMap = await labelsByPost(rows.map((r) => r.id));
  return rows.map((r): PostSummary => ({ ...withPublicationDate(r), labels: labelMap.get(r.id) ?? [] }));
}

export async function countPublishedPostsWhere(condition: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(posts)
    .where(and(isPublished, condition));
  return row?.n ?? 0;
}

/** Published posts with a label, newest first. */
export function listPublishedPostsWithLabel(labelId: number, page: { limit: number; offset: number }): Promise<PostSummary[]> {
  return listPublishedPostsWhere(hasLabel(labelId), page);
}
