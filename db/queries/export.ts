import 'server-only';
import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { db } from '../client';
import {
  comments,
  labels,
  legacyRedirects,
  media,
  postLabels,
  posts,
  users,
  type CommentStatus,
  type PostKind,
  type PostStatus,
  type UserRole,
} from '../schema';

// Reads for the exports (lib/export). Everything is read in pages by id, so an export of a large blog
// holds one page of posts (and their comments) at a time, never the whole blog.

export interface ExportUser {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  bio: string;
  disabled: boolean;
  createdAt: Date;
}

export interface ExportLabel {
  id: number;
  name: string;
  slug: string;
}

export interface ExportComment {
  id: number;
  parentId: number | null;
  userId: number | null;
  authorName: string;
  authorEmail: string | null;
  authorUrl: string | null;
  bodySource: string;
  bodyHtml: string;
  status: CommentStatus;
  createdAt: Date;
  approvedAt: Date | null;
}

export interface ExportPost {
  id: number;
  slug: string;
  kind: PostKind;
  title: string;
  contentHtml: string;
  excerpt: string;
  status: PostStatus;
  authorId: number;
  coverMediaId: number | null;
  publishedAt: Date | null;
  trashedAt: Date | null;
  commentsOpen: boolean;
  createdAt: Date;
  updatedAt: Date;
  labels: ExportLabel[];
  /** Oldest first, so a reply always follows the comment it answers. */
  comments: ExportComment[];
  /** Old paths (imported links, changed slugs) that redirect to this post. */
  redirectsFrom: string[];
}

export interface ExportImage {
  hash: string;
  width: number;
  height: number;
  mimeType: string;
  alt: string;
}

export interface ExportCounts {
  posts: number;
  pages: number;
  comments: number;
  images: number;
}

export async function countExportContent(): Promise<ExportCounts> {
  const [byKind, [commentRow], [imageRow]] = await Promise.all([
    db.select({ kind: posts.kind, n: count() }).from(posts).groupBy(posts.kind),
    db.select({ n: count() }).from(comments),
    db.select({ n: sql<number>`count(distinct ${media.hash})`.mapWith(Number) }).from(media),
  ]);
  const ofKind = (kind: PostKind) => byKind.find((row) => row.kind === kind)?.n ?? 0;
  return { posts: ofKind('post'), pages: ofKind('page'), comments: commentRow.n, images: imageRow.n };
}

/** Every account, without its password hash (an export never carries one). */
export async function listExportUsers(): Promise<ExportUser[]> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      bio: users.bio,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.id));
  return rows.map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null }));
}

export async function listExportLabels(): Promise<ExportLabel[]> {
  return db.select({ id: labels.id, name: labels.name, slug: labels.slug }).from(labels).orderBy(asc(labels.id));
}

/** One page of posts and pages (every status; one kind or both) after `afterId`, with their labels, comments and redirects. */
export async function listExportPostsAfter(afterId: number, limit: number, kind?: PostKind): Promise<ExportPost[]> {
  const rows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      kind: posts.kind,
      title: posts.title,
      contentHtml: posts.contentHtml,
      excerpt: posts.excerpt,
      status: posts.status,
      authorId: posts.authorId,
      coverMediaId: posts.coverMediaId,
      publishedAt: posts.publishedAt,
      trashedAt: posts.trashedAt,
      commentsOpen: posts.commentsOpen,
      createdAt: posts.createdAt,
      updatedAt: posts.updatedAt,
    })
    .from(posts)
    .where(and(gt(posts.id, afterId), kind === undefined ? undefined : eq(posts.kind, kind)))
    .orderBy(asc(posts.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);

  const [labelRows, commentRows, redirectRows] = await Promise.all([
    db
      .select({ postId: postLabels.postId, id: labels.id, name: labels.name, slug: labels.slug })
      .from(postLabels)
      .innerJoin(labels, eq(labels.id, postLabels.labelId))
      .where(inArray(postLabels.postId, ids))
      .orderBy(asc(labels.name)),
    db
      .select({
        postId: comments.postId,
        id: comments.id,
        parentId: comments.parentId,
        userId: comments.userId,
        authorName: comments.authorName,
        authorEmail: comments.authorEmail,
        authorUrl: comments.authorUrl,
        bodySource: comments.bodySource,
        bodyHtml: comments.bodyHtml,
        status: comments.status,
        createdAt: comments.createdAt,
        approvedAt: comments.approvedAt,
      })
      .from(comments)
      .where(inArray(comments.postId, ids))
      .orderBy(asc(comments.id)),
    db
      .select({ postId: legacyRedirects.postId, fromPath: legacyRedirects.fromPath })
      .from(legacyRedirects)
      .where(inArray(legacyRedirects.postId, ids))
      .orderBy(asc(legacyRedirects.fromPath)),
  ]);

  const labelsOf = byPost(labelRows);
  const commentsOf = byPost(commentRows);
  const redirectsOf = byPost(redirectRows);
  return rows.map((row) => ({
    ...row,
    labels: labelsOf.get(row.id) ?? [],
    comments: commentsOf.get(row.id) ?? [],
    redirectsFrom: (redirectsOf.get(row.id) ?? []).map((r) => r.fromPath),
  }));
}

/** Rows grouped by their post, in the order they came, without the post id. */
function byPost<T extends { postId: number }>(rows: T[]): Map<number, Omit<T, 'postId'>[]> {
  const grouped = new Map<number, Omit<T, 'postId'>[]>();
  for (const { postId, ...rest } of rows) {
    const list = grouped.get(postId);
    if (list) list.push(rest);
    else grouped.set(postId, [rest]);
  }
  return grouped;
}

/**
 * Each image's full-size rendition (its widest), without the bytes, one page at a time by hash.
 * With one max() in the select, SQLite takes the other bare columns from the row holding the max.
 */
export async function listFullSizeImagesAfter(afterHash: string, limit: number): Promise<ExportImage[]> {
  return db
    .select({
      hash: media.hash,
      width: sql<number>`max(${media.width})`.mapWith(Number),
      height: media.height,
      mimeType: media.mimeType,
      alt: media.alt,
    })
    .from(media)
    .where(gt(media.hash, afterHash))
    .groupBy(media.hash)
    .orderBy(asc(media.hash))
    .limit(limit);
}

/** One rendition's bytes; read one image at a time while the zip is written. */
export async function readImageBytes(hash: string, width: number): Promise<Buffer | null> {
  const [row] = await db
    .select({ bytes: media.bytes })
    .from(media)
    .where(and(eq(media.hash, hash), eq(media.width, width)))
    .limit(1);
  return row?.bytes ?? null;
}
