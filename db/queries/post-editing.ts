import 'server-only';
import { and, asc, desc, eq, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { comments, labels, postLabels, postViews, posts, users, type PostStatus } from '../schema';

// Writes and reads for the back office. Every write that can change what readers see returns the
// post's reader-facing state before and after (`ReaderChange`), so the caller can invalidate exactly
// the cache tags involved (lib/posts/cache-tags.ts).

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type Db = typeof db | Tx;

export interface ReaderView {
  slug: string;
  status: PostStatus;
}

export interface ReaderChange {
  before: ReaderView | null;
  after: ReaderView | null;
}

export interface EditablePost {
  id: number;
  slug: string;
  title: string;
  contentHtml: string;
  contentText: string;
  excerpt: string;
  status: PostStatus;
  authorId: number;
  authorName: string;
  coverMediaId: number | null;
  publishedAt: Date | null;
  trashedAt: Date | null;
  version: number;
  commentsOpen: boolean;
  createdAt: Date;
  updatedAt: Date;
  labels: string[];
}

/** Derived body columns, computed by lib/content/prepare.ts from sanitized HTML. */
export interface PreparedBody {
  contentHtml: string;
  contentText: string;
  wordCount: number;
  excerpt: string;
}

export interface PostSettings {
  slug: string;
  commentsOpen: boolean;
  publishedAt: Date | null;
  coverMediaId: number | null;
  labels: { name: string; slug: string }[];
}

const editableColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  contentHtml: posts.contentHtml,
  contentText: posts.contentText,
  excerpt: posts.excerpt,
  status: posts.status,
  authorId: posts.authorId,
  authorName: users.name,
  coverMediaId: posts.coverMediaId,
  publishedAt: posts.publishedAt,
  trashedAt: posts.trashedAt,
  version: posts.version,
  commentsOpen: posts.commentsOpen,
  createdAt: posts.createdAt,
  updatedAt: posts.updatedAt,
};

async function labelNames(conn: Db, postId: number): Promise<string[]> {
  const rows = await conn
    .select({ name: labels.name })
    .from(postLabels)
    .innerJoin(labels, eq(labels.id, postLabels.labelId))
    .where(eq(postLabels.postId, postId))
    .orderBy(asc(sql`${labels.name} collate nocase`));
  return rows.map((r) => r.name);
}

export async function getPostForEditing(id: number, conn: Db = db): Promise<EditablePost | null> {
  const [row] = await conn.select(editableColumns).from(posts).innerJoin(users, eq(users.id, posts.authorId)).where(eq(posts.id, id)).limit(1);
  if (!row) return null;
  return { ...row, labels: await labelNames(conn, id) };
}

export async function isSlugTaken(slug: string, exceptPostId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.slug, slug), exceptPostId === undefined ? undefined : ne(posts.id, exceptPostId)))
    .limit(1);
  return !!row;
}

/** Sets a post's labels to exactly `wanted`, creating labels that do not exist yet (matched by slug). */
async function replaceLabels(tx: Tx, postId: number, wanted: { name: string; slug: string }[]) {
  await tx.delete(postLabels).where(eq(postLabels.postId, postId));
  for (const { name, slug } of wanted) {
    await tx.insert(labels).values({ name, slug }).onConflictDoNothing();
    const [label] = await tx
      .select({ id: labels.id })
      .from(labels)
      .where(sql`${labels.slug} = ${slug} or ${labels.name} = ${name}`)
      .limit(1);
    if (label) await tx.insert(postLabels).values({ postId, labelId: label.id }).onConflictDoNothing();
  }
}

/** A new draft, version 1. */
export async function createDraftPost(input: { authorId: number; title: string } & PreparedBody & PostSettings, now = new Date()) {
  const { labels: wanted, ...values } = input;
  return db.transaction(async (tx) => {
    const [post] = await tx
      .insert(posts)
      .values({ ...values, status: 'draft', createdAt: now, updatedAt: now })
      .returning({ id: posts.id, slug: posts.slug, version: posts.version });
    await replaceLabels(tx, post.id, wanted);
    return post;
  });
}

export type VersionedWrite<T> = ({ ok: true; version: number; change: ReaderChange } & T) | { ok: false; current: EditablePost | null };

/**
 * Saves a post's text and settings, and optionally moves it to another status, only if it is still at
 * `baseVersion`: the check and the write are one `UPDATE … WHERE id = ? AND version = ?`. A refused save
 * returns what is stored now, for the conflict message.
 */
export async function updatePostIfVersion(
  id: number,
  baseVersion: number,
  input: { title: string } & PreparedBody & PostSettings & { status?: PostStatus },
  now = new Date(),
): Promise<VersionedWrite<{ slug: string; status: PostStatus }>> {
  const { labels: wanted, ...values } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ slug: posts.slug, status: posts.status }).from(posts).where(and(eq(posts.id, id), eq(posts.version, baseVersion)));
    const [updated] = before
      ? await tx
          .update(posts)
          .set({ ...values, version: sql`${posts.version} + 1`, updatedAt: now })
          .where(and(eq(posts.id, id), eq(posts.version, baseVersion)))
          .returning({ version: posts.version, slug: posts.slug, status: posts.status })
      : [];
    if (!updated) return { ok: false as const, current: await getPostForEditing(id, tx) };
    await replaceLabels(tx, id, wanted);
    return { ok: true as const, version: updated.version, slug: updated.slug, status: updated.status, change: { before: before!, after: updated } };
  });
}

/** Moves posts to another status without touching their text (list actions, unpublish, trash, restore). */
export async function setPostsStatus(
  ids: number[],
  to: { status: PostStatus; from: PostStatus[] },
  now = new Date(),
): Promise<{ id: number; version: number; change: ReaderChange }[]> {
  if (ids.length === 0) return [];
  return db.transaction(async (tx) => {
    const before = await tx
      .select({ id: posts.id, slug: posts.slug, status: posts.status })
      .from(posts)
      .where(and(inArray(posts.id, ids), inArray(posts.status, to.from)));
    if (before.length === 0) return [];
    const updated = await tx
      .update(posts)
      .set({
        status: to.status,
        trashedAt: to.status === 'trashed' ? now : null,
        version: sql`${posts.version} + 1`,
        updatedAt: now,
      })
      .where(inArray(posts.id, before.map((p) => p.id)))
      .returning({ id: posts.id, version: posts.version });
    const versions = new Map(updated.map((u) => [u.id, u.version]));
    return before.map(({ id, slug, status }) => ({
      id,
      version: versions.get(id) ?? 0,
      change: { before: { slug, status }, after: { slug, status: to.status } },
    }));
  });
}

/** Deletes trashed posts for good (with their labels, comments, views and revisions, by cascade). */
export async function deleteTrashedPosts(ids: number[]): Promise<{ id: number; slug: string }[]> {
  if (ids.length === 0) return [];
  return db.delete(posts).where(and(inArray(posts.id, ids), eq(posts.status, 'trashed'))).returning({ id: posts.id, slug: posts.slug });
}

/** Deletes posts that have been in the trash since before `cutoff`. */
export async function purgeTrashedPostsBefore(cutoff: Date): Promise<{ id: number; slug: string }[]> {
  return db
    .delete(posts)
    .where(and(eq(posts.status, 'trashed'), lte(posts.trashedAt, cutoff)))
    .returning({ id: posts.id, slug: posts.slug });
}

/** Publishes every scheduled post whose time has come, in one statement; returns what it published. */
export async function publishDueScheduledPosts(now: Date) {
  return db
    .update(posts)
    .set({ status: 'published', version: sql`${posts.version} + 1`, updatedAt: now })
    .where(and(eq(posts.status, 'scheduled'), lte(posts.publishedAt, now)))
    .returning({ id: posts.id, slug: posts.slug, title: posts.title, contentHtml: posts.contentHtml, authorId: posts.authorId });
}

export const ADMIN_STATUS_FILTERS = ['all', 'draft', 'scheduled', 'published', 'trashed'] as const;
export type AdminStatusFilter = (typeof ADMIN_STATUS_FILTERS)[number];

export interface AdminPostRow {
  id: number;
  slug: string;
  title: string;
  status: PostStatus;
  authorId: number;
  authorName: string;
  publishedAt: Date | null;
  updatedAt: Date;
  approvedComments: number;
  pendingComments: number;
  views: number;
  labels: string[];
}

export interface AdminPostQuery {
  status: AdminStatusFilter;
  authorId?: number;
  /** Part of the title, any case. */
  search?: string;
  sort: 'newest' | 'oldest';
  limit: number;
  offset: number;
}

function adminWhere({ status, authorId, search }: Pick<AdminPostQuery, 'status' | 'authorId' | 'search'>): SQL | undefined {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    // "All" is every post not in the trash; the trash has its own view.
    status === 'all' ? ne(posts.status, 'trashed') : eq(posts.status, status),
    authorId === undefined ? undefined : eq(posts.authorId, authorId),
    pattern ? sql`${posts.title} like ${pattern} escape '\\'` : undefined,
  );
}

// Drafts have no publication date: they sort by their last change.
const postDate = sql`coalesce(${posts.publishedAt}, ${posts.updatedAt})`;

export async function listPostsForAdmin(query: AdminPostQuery): Promise<{ rows: AdminPostRow[]; total: number }> {
  const where = adminWhere(query);
  const commentCount = (status: string) =>
    sql<number>`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.status} = ${status})`.mapWith(Number);
  const rows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      status: posts.status,
      authorId: posts.authorId,
      authorName: users.name,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      approvedComments: commentCount('approved'),
      pendingComments: commentCount('pending'),
      views: sql<number>`coalesce((select sum(${postViews.views}) from ${postViews} where ${postViews.postId} = ${posts.id}), 0)`.mapWith(Number),
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(query.sort === 'oldest' ? asc(postDate) : desc(postDate), query.sort === 'oldest' ? asc(posts.id) : desc(posts.id))
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(posts).where(where);
  const labelRows = rows.length
    ? await db
        .select({ postId: postLabels.postId, name: labels.name })
        .from(postLabels)
        .innerJoin(labels, eq(labels.id, postLabels.labelId))
        .where(inArray(postLabels.postId, rows.map((r) => r.id)))
        .orderBy(asc(labels.name))
    : [];
  return {
    rows: rows.map((row) => ({ ...row, labels: labelRows.filter((l) => l.postId === row.id).map((l) => l.name) })),
    total: count?.n ?? 0,
  };
}

/** People who have written posts, for the author filter. */
export async function listPostAuthors(): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(posts, eq(posts.authorId, users.id))
    .orderBy(asc(users.name));
}

/** Every label's name, for the label picker. */
export async function listLabelNames(): Promise<string[]> {
  const rows = await db.select({ name: labels.name }).from(labels).orderBy(asc(sql`${labels.name} collate nocase`));
  return rows.map((r) => r.name);
}

/** Owner and status of posts, for authorising list actions. */
export async function getPostOwners(ids: number[]): Promise<{ id: number; authorId: number; status: PostStatus }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: posts.id, authorId: posts.authorId, status: posts.status }).from(posts).where(inArray(posts.id, ids));
}

/** Whether the scheduler has anything to do: scheduled posts that are due, or trash past its time. */
export async function hasScheduledWork(now: Date, trashCutoff: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(
      sql`(${posts.status} = 'scheduled' and ${posts.publishedAt} <= ${now.getTime()}) or (${posts.status} = 'trashed' and ${posts.trashedAt} <= ${trashCutoff.getTime()})`,
    )
    .limit(1);
  return !!row;
}

/** A post's labels with their slugs, for the preview (which links them like the post page does). */
export async function getPostLabelRefs(postId: number): Promise<{ name: string; slug: string }[]> {
  return db
    .select({ name: labels.name, slug: labels.slug })
    .from(postLabels)
    .innerJoin(labels, eq(labels.id, postLabels.labelId))
    .where(eq(postLabels.postId, postId))
    .orderBy(asc(labels.name));
}
