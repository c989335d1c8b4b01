import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { posts, users, type PostKind, type PostStatus } from '../schema';
import { getPostLabelRefs, setPostLabels, type LabelRef } from './labels';
import { keepOldAddress } from './redirects';

// The editor's reads and writes, and the posts list's status changes. Every write that can change
// what readers see returns the post's reader-facing state before and after (`ReaderChange`), so the
// caller can invalidate exactly the cache tags involved (lib/posts/cache-tags.ts).

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
  kind: PostKind;
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
  labels: LabelRef[];
}

const editableColumns = {
  id: posts.id,
  slug: posts.slug,
  kind: posts.kind,
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

export async function getPostForEditing(id: number, conn: Connection = db): Promise<EditablePost | null> {
  const [row] = await conn
    .select(editableColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.id, id))
    .limit(1);
  if (!row) return null;
  return { ...row, labels: (await getPostLabelRefs(id, conn)).map((l) => l.name) };
}

export async function isSlugTaken(slug: string, exceptPostId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.slug, slug), exceptPostId === undefined ? undefined : ne(posts.id, exceptPostId)))
    .limit(1);
  return !!row;
}

/** A new draft, version 1. */
export async function createDraftPost(
  input: { authorId: number; title: string } & PreparedBody & PostSettings,
  now = new Date(),
  conn: Connection = db,
) {
  const { labels: wanted, ...values } = input;
  return conn.transaction(async (tx) => {
    const [post] = await tx
      .insert(posts)
      .values({ ...values, status: 'draft', createdAt: now, updatedAt: now })
      .returning({ id: posts.id, slug: posts.slug, version: posts.version });
    await setPostLabels(tx, post.id, wanted);
    return post;
  });
}

export type VersionedWrite<T> =
  ({ ok: true; version: number; change: ReaderChange } & T) | { ok: false; current: EditablePost | null };

/**
 * Saves a post's text and settings, and optionally moves it to another status, only if it is still at
 * `baseVersion`: the check and the write are one `UPDATE … WHERE id = ? AND version = ?`. A refused save
 * returns what is stored now, for the conflict message. `oldAddress`, when the save moves a published
 * post to a new slug, is kept in legacy_redirects in the same transaction: a save that is refused
 * leaves no redirect, and one that goes through never leaves its old address broken.
 */
export async function updatePostIfVersion(
  id: number,
  baseVersion: number,
  input: { title: string } & PreparedBody & PostSettings & { status?: PostStatus },
  now = new Date(),
  oldAddress: string | null = null,
  conn: Connection = db,
): Promise<VersionedWrite<{ slug: string; status: PostStatus }>> {
  const { labels: wanted, ...values } = input;
  return conn.transaction(async (tx) => {
    const [before] = await tx
      .select({ slug: posts.slug, status: posts.status })
      .from(posts)
      .where(and(eq(posts.id, id), eq(posts.version, baseVersion)));
    const [updated] = before
      ? await tx
          .update(posts)
          .set({ ...values, version: sql`${posts.version} + 1`, updatedAt: now })
          .where(and(eq(posts.id, id), eq(posts.version, baseVersion)))
          .returning({ version: posts.version, slug: posts.slug, status: posts.status })
      : [];
    if (!updated) return { ok: false as const, current: await getPostForEditing(id, tx) };
    await setPostLabels(tx, id, wanted);
    if (oldAddress) await keepOldAddress(tx, oldAddress, id);
    return {
      ok: true as const,
      version: updated.version,
      slug: updated.slug,
      status: updated.status,
      change: { before: before!, after: updated },
    };
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
      .where(
        inArray(
          posts.id,
          before.map((p) => p.id),
        ),
      )
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
  return db
    .delete(posts)
    .where(and(inArray(posts.id, ids), eq(posts.status, 'trashed')))
    .returning({ id: posts.id, slug: posts.slug });
}

/** Owner and status of posts, for authorising list actions. */
export async function getPostOwners(ids: number[]): Promise<{ id: number; authorId: number; status: PostStatus }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: posts.id, authorId: posts.authorId, status: posts.status }).from(posts).where(inArray(posts.id, ids));
}
