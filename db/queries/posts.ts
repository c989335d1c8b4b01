import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { comments, labels, postLabels, postViews, posts, users } from '../schema';

export interface LabelRef {
  name: string;
  slug: string;
}

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

const isPublished = eq(posts.status, 'published');

const approvedCommentCount = sql<number>`(
  select count(*) from ${comments}
  where ${comments.postId} = ${posts.id} and ${comments.status} = 'approved'
)`.mapWith(Number);

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

type SummaryRow = Omit<PostSummary, 'labels' | 'publishedAt'> & { publishedAt: Date | null };

// A published post always has a publication time; the column is nullable only for drafts.
function toSummary({ publishedAt, ...rest }: SummaryRow) {
  return { ...rest, publishedAt: publishedAt ?? new Date(0) };
}

async function labelsByPost(postIds: number[]): Promise<Map<number, LabelRef[]>> {
  const byPost = new Map<number, LabelRef[]>();
  if (postIds.length === 0) return byPost;
  const rows = await db
    .select({ postId: postLabels.postId, name: labels.name, slug: labels.slug })
    .from(postLabels)
    .innerJoin(labels, eq(labels.id, postLabels.labelId))
    .where(inArray(postLabels.postId, postIds))
    .orderBy(labels.name);
  for (const { postId, name, slug } of rows) {
    const list = byPost.get(postId) ?? [];
    list.push({ name, slug });
    byPost.set(postId, list);
  }
  return byPost;
}

/** Published posts, newest first. */
export function listPublishedPosts(page: { limit: number; offset?: number }) {
  return listPublishedPostsWhere(undefined, page);
}

export function countPublishedPosts(): Promise<number> {
  return countPublishedPostsWhere(undefined);
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
  return { ...toSummary(summary), contentHtml, updatedAt, commentsOpen, labels: labelMap.get(row.id) ?? [] };
}

export interface NewPostContent {
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
}

/** Inserts a post with its labels (created when new) in one transaction. */
export async function insertPost({ labels: postLabelRefs, ...values }: NewPostContent) {
  return db.transaction(async (tx) => {
    const [post] = await tx.insert(posts).values(values).returning({ id: posts.id, slug: posts.slug });
    for (const { name, slug } of postLabelRefs) {
      const [label] = await tx
        .insert(labels)
        .values({ name, slug })
        .onConflictDoUpdate({ target: labels.slug, set: { slug } })
        .returning({ id: labels.id });
      await tx.insert(postLabels).values({ postId: post.id, labelId: label.id }).onConflictDoNothing();
    }
    return post;
  });
}

export interface PostLink {
  slug: string;
  title: string;
  publishedAt: Date;
}

const linkColumns = { slug: posts.slug, title: posts.title, publishedAt: posts.publishedAt };

function toLink(row: { slug: string; title: string; publishedAt: Date | null }): PostLink {
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

/** The published posts just before (older) and after (newer) a post. */
export async function getAdjacentPosts(post: { id: number; publishedAt: Date }) {
  const at = post.publishedAt.getTime();
  const [older] = await db
    .select(linkColumns)
    .from(posts)
    .where(
      and(isPublished, sql`(${posts.publishedAt} < ${at} or (${posts.publishedAt} = ${at} and ${posts.id} < ${post.id}))`),
    )
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(1);
  const [newer] = await db
    .select(linkColumns)
    .from(posts)
    .where(
      and(isPublished, sql`(${posts.publishedAt} > ${at} or (${posts.publishedAt} = ${at} and ${posts.id} > ${post.id}))`),
    )
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
        inArray(
          postLabels.labelId,
          db.select({ id: postLabels.labelId }).from(postLabels).where(eq(postLabels.postId, postId)),
        ),
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
  const views = sql<number>`coalesce((
    select sum(${postViews.views}) from ${postViews}
    where ${postViews.postId} = ${posts.id} and ${postViews.day} >= ${sinceDay}
  ), 0)`;
  const rows = await db
    .select(linkColumns)
    .from(posts)
    .where(isPublished)
    .orderBy(desc(views), desc(approvedCommentCount), desc(posts.publishedAt))
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
  return rows.map(({ publishedAt, ...rest }) => ({
    ...rest,
    publishedAt: publishedAt ?? new Date(0),
    labels: labelMap.get(rest.id) ?? [],
  }));
}

/** Every published post's slug and last change, newest first, for the sitemap. */
export async function listPublishedPostDates(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(isPublished)
    .orderBy(desc(posts.publishedAt), desc(posts.id));
}

/** Published posts that also meet `condition` (a label, a period), newest first; for db/queries modules. */
export async function listPublishedPostsWhere(
  condition: SQL | undefined,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<PostSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(isPublished, condition))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset);
  const labelMap = await labelsByPost(rows.map((r) => r.id));
  return rows.map((r): PostSummary => ({ ...toSummary(r), labels: labelMap.get(r.id) ?? [] }));
}

export async function countPublishedPostsWhere(condition: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(posts)
    .where(and(isPublished, condition));
  return row?.n ?? 0;
}
