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

/** The published posts just before (older) and after (newer) a post. */
export async function getAdjacentPosts(post: { id: number; publishedAt: Date }) {
  const at = post.publishedAt.getTime();
  const [older] = await db
    .select(linkColumns)
    .from(posts)
    .where(and(isPublished, sql`(${posts.publishedAt} < ${at} or (${posts.publishedAt} = ${at} and ${posts.id} < ${post.id}))`))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(1);
  const [newer] = await db
    .select(linkColumns)
    .from(posts)
    .where(and(isPublished, sql`(${posts.publishedAt} > ${at} or (${posts.publishedAt} = ${at} and ${posts.id} > ${post.id}))`))
    .orderBy(posts.publishedAt, posts.id)
    .limit(1);
  return { older: older ? toLink(older) : null, newer: newer ? toLink(newer) : null };
}

/** Published posts sharing the most labels with a post, then the newest. */
export async function listRelatedPosts(postId: number, limit: number): Promise<PostLink[]> {
  const rows = await db
    .select(linkColumns)
    .from(postLabels)
    .innerJoin(posts, eq(posts.id, postLabels.postId))
    .where(
      and(
        isPublished,
        sql`${postLabels.postId} <> ${postId}`,
        inArray(postLabels.labelId, db.select({ id: postLabels.labelId }).from(postLabels).where(eq(postLabels.postId, postId))),
      ),
    )
    .groupBy(posts.id)
    .orderBy(desc(sql`count(*)`), desc(posts.publishedAt))
    .limit(limit);
  return rows.map(toLink);
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

/** The newest published posts with their bodies, for feeds; `labelId` keeps only that label's posts. */
export async function listFeedPosts({ limit, labelId }: { limit: number; labelId?: number }): Promise<FeedPost[]> {
  const inLabel =
    labelId === undefined
      ? undefined
      : inArray(posts.id, db.select({ id: postLabels.postId }).from(postLabels).where(eq(postLabels.labelId, labelId)));
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

/** Every published post's slug and last change, newest first, for the sitemap. */
export async function listPublishedPostDates(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(isPublished)
    .orderBy(desc(posts.publishedAt), desc(posts.id));
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

const hasLabel = (labelId: number) =>
  sql`exists (select 1 from ${postLabels} where ${postLabels.postId} = ${posts.id} and ${postLabels.labelId} = ${labelId})`;

/** Published posts with a label, newest first. */
export function listPublishedPostsWithLabel(labelId: number, page: { limit: number; offset: number }): Promise<PostSummary[]> {
  return listPublishedPostsWhere(hasLabel(labelId), page);
}
