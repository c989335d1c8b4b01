import 'server-only';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db } from '../client';
import { comments, labels, postLabels, posts, users, type PostStatus } from '../schema';

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
export async function listPublishedPosts({ limit, offset = 0 }: { limit: number; offset?: number }) {
  const rows = await db
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(isPublished)
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset);
  const labelMap = await labelsByPost(rows.map((r) => r.id));
  return rows.map(
    (r): PostSummary => ({ ...toSummary(r), labels: labelMap.get(r.id) ?? [] }),
  );
}

export async function countPublishedPosts(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(posts).where(isPublished);
  return row?.n ?? 0;
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

export interface EditablePost {
  id: number;
  slug: string;
  title: string;
  status: PostStatus;
  authorId: number;
  authorName: string;
  updatedAt: Date;
}

/** Posts not in the trash, newest change first; `authorId` narrows them to one author's. */
export async function listEditablePosts({ authorId }: { authorId?: number } = {}): Promise<EditablePost[]> {
  return db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      status: posts.status,
      authorId: posts.authorId,
      authorName: users.name,
      updatedAt: posts.updatedAt,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(ne(posts.status, 'trashed'), authorId === undefined ? undefined : eq(posts.authorId, authorId)))
    .orderBy(desc(posts.updatedAt), desc(posts.id));
}
