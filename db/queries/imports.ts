import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db, type Connection, type Transaction } from '../client';
import {
  comments,
  importedItems,
  labels,
  legacyRedirects,
  postLabels,
  posts,
  users,
  type CommentStatus,
  type PostKind,
  type PostStatus,
} from '../schema';
import type { IMPORTED_ENTITIES } from '../schema';

// Every write an import makes. One call to importPostWithComments / importComments is one
// transaction: an item that fails leaves nothing behind.

type Entity = (typeof IMPORTED_ENTITIES)[number];

/**
 * For the import CLI's own connection: commit without waiting for the disk after each post (WAL with
 * synchronous=NORMAL). A crash of the process loses nothing committed; a power cut can lose the last
 * few posts, never corrupt the file, and running the import again brings them (it is idempotent).
 * Without it every one of 10,000 post transactions waits for an fsync.
 */
export async function commitWithoutFsyncPerPost(): Promise<void> {
  await db.run(sql`PRAGMA synchronous = NORMAL`);
}

/** The row an earlier import made for this id in the file, or null. */
export async function findImported(externalId: string, conn: Connection = db): Promise<number | null> {
  const [row] = await conn
    .select({ id: importedItems.entityId })
    .from(importedItems)
    .where(eq(importedItems.externalId, externalId))
    .limit(1);
  return row?.id ?? null;
}

/** The first of these ids an earlier import made a row for (Blogger names a page two ways). */
export async function findFirstImported(externalIds: string[], conn: Connection = db): Promise<number | null> {
  const rows = await conn
    .select({ externalId: importedItems.externalId, id: importedItems.entityId })
    .from(importedItems)
    .where(inArray(importedItems.externalId, externalIds));
  for (const id of externalIds) {
    const row = rows.find((r) => r.externalId === id);
    if (row) return row.id;
  }
  return null;
}

async function remember(tx: Transaction, externalId: string, entity: Entity, entityId: number) {
  await tx.insert(importedItems).values({ externalId, entity, entityId });
}

export async function isSlugInUse(slug: string): Promise<boolean> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(eq(posts.slug, slug)).limit(1);
  return !!row;
}

/** Whose post it is: the user with this address, or a new disabled account that cannot sign in. */
export async function findOrCreateImportedAuthor(author: {
  name: string;
  email: string;
}): Promise<{ id: number; created: boolean }> {
  const email = author.email.trim().toLowerCase();
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (found) return { id: found.id, created: false };
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: author.name.trim().slice(0, 100) || email,
      // Not an argon2 hash: no password verifies against it, so the account cannot be signed into
      // until an admin enables it and resets its password.
      passwordHash: '!imported',
      role: 'author',
      disabledAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (user) return { id: user.id, created: true };
  const [raced] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return { id: raced.id, created: false };
}

/** The blog's first admin: whose an import's posts are when the file names no usable author. */
export async function findFirstAdminId(): Promise<number | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).orderBy(users.id).limit(1);
  return row?.id ?? null;
}

export interface NewImportedComment {
  externalId: string;
  parentExternalId: string | null;
  authorName: string;
  authorEmail: string | null;
  authorUrl: string | null;
  bodySource: string;
  bodyHtml: string;
  status: Exclude<CommentStatus, 'trash'>;
  createdAt: Date;
}

export interface NewImportedPost {
  externalId: string;
  kind: PostKind;
  slug: string;
  title: string;
  contentHtml: string;
  contentText: string;
  wordCount: number;
  excerpt: string;
  status: Exclude<PostStatus, 'trashed'>;
  authorId: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  labels: { name: string; slug: string }[];
  oldPaths: string[];
}

export interface ImportedPostResult {
  postId: number;
  labelsCreated: number;
  /** Old paths recorded for this post (a path another post already has is left to that post). */
  redirects: string[];
  comments: ImportedCommentsResult;
}

export interface ImportedCommentsResult {
  created: number;
  unchanged: number;
  /** Replies whose parent was not imported yet: kept at the top level until it is (setCommentParent). */
  orphans: { externalId: string; parentExternalId: string }[];
}

/** A post or page with its labels, old paths and comments, in one transaction. */
export async function importPostWithComments(
  post: NewImportedPost,
  postComments: NewImportedComment[],
  now = new Date(),
): Promise<ImportedPostResult> {
  return db.transaction(async (tx) => {
    const { externalId, labels: wanted, oldPaths, ...values } = post;
    const [row] = await tx.insert(posts).values(values).returning({ id: posts.id });
    await remember(tx, externalId, post.kind, row.id);
    let labelsCreated = 0;
    for (const { name, slug } of wanted) {
      const inserted = await tx.insert(labels).values({ name, slug }).onConflictDoNothing().returning({ id: labels.id });
      labelsCreated += inserted.length;
      const [label] = await tx
        .select({ id: labels.id })
        .from(labels)
        .where(sql`${labels.slug} = ${slug} or ${labels.name} = ${name}`)
        .limit(1);
      if (label) await tx.insert(postLabels).values({ postId: row.id, labelId: label.id }).onConflictDoNothing();
    }
    const redirects: string[] = [];
    for (const fromPath of oldPaths) {
      const inserted = await tx
        .insert(legacyRedirects)
        .values({ fromPath, postId: row.id })
        .onConflictDoNothing()
        .returning({ p: legacyRedirects.fromPath });
      if (inserted.length) redirects.push(fromPath);
    }
    const result = await insertComments(tx, row.id, postComments, now);
    return { postId: row.id, labelsCreated, redirects, comments: result };
  });
}

/** Comments on a post imported earlier (Blogger lists comments after every post), in one transaction. */
export async function importComments(
  postId: number,
  postComments: NewImportedComment[],
  now = new Date(),
): Promise<ImportedCommentsResult> {
  return db.transaction((tx) => insertComments(tx, postId, postComments, now));
}

async function insertComments(
  tx: Transaction,
  postId: number,
  list: NewImportedComment[],
  now: Date,
): Promise<ImportedCommentsResult> {
  const result: ImportedCommentsResult = { created: 0, unchanged: 0, orphans: [] };
  if (list.length === 0) return result;
  const known = new Map<string, number>();
  const already = await tx
    .select({ externalId: importedItems.externalId, id: importedItems.entityId })
    .from(importedItems)
    .where(
      inArray(
        importedItems.externalId,
        list.map((c) => c.externalId),
      ),
    );
  for (const r of already) known.set(r.externalId, r.id);
  const pending = list.filter((c) => !known.has(c.externalId));
  result.unchanged = list.length - pending.length;

  // Parents before their replies, whatever order the file had them in.
  const inBatch = new Set(pending.map((c) => c.externalId));
  const placed = new Set<string>();
  const ordered: NewImportedComment[] = [];
  const visit = (c: NewImportedComment, seen: Set<string>) => {
    if (placed.has(c.externalId) || seen.has(c.externalId)) return;
    seen.add(c.externalId);
    const parent =
      c.parentExternalId && inBatch.has(c.parentExternalId)
        ? pending.find((p) => p.externalId === c.parentExternalId)
        : undefined;
    if (parent) visit(parent, seen);
    placed.add(c.externalId);
    ordered.push(c);
  };
  for (const c of pending) visit(c, new Set());

  for (const c of ordered) {
    let parentId: number | null = null;
    if (c.parentExternalId) {
      parentId = known.get(c.parentExternalId) ?? (await findImported(c.parentExternalId, tx));
      if (parentId === null) result.orphans.push({ externalId: c.externalId, parentExternalId: c.parentExternalId });
    }
    const [row] = await tx
      .insert(comments)
      .values({
        postId,
        parentId,
        authorName: c.authorName.slice(0, 100) || 'Anonymous',
        authorEmail: c.authorEmail,
        authorUrl: c.authorUrl,
        bodySource: c.bodySource,
        bodyHtml: c.bodyHtml,
        status: c.status,
        createdAt: c.createdAt,
        approvedAt: c.status === 'approved' ? c.createdAt : null,
        // Spam is emptied 30 days after its status changed: counted from the import, not from 2012.
        statusChangedAt: c.status === 'approved' ? c.createdAt : now,
      })
      .returning({ id: comments.id });
    known.set(c.externalId, row.id);
    await remember(tx, c.externalId, 'comment', row.id);
    result.created++;
  }
  return result;
}

/** A post's slug and kind, for its new address and its cache tags. */
export async function getImportedPostRef(id: number) {
  const [row] = await db
    .select({ slug: posts.slug, kind: posts.kind, status: posts.status })
    .from(posts)
    .where(eq(posts.id, id))
    .limit(1);
  return row ?? null;
}

/** Links an imported reply to the comment it answers, once both are in. */
export async function setCommentParent(externalId: string, parentId: number) {
  const id = await findImported(externalId);
  if (id !== null) await db.update(comments).set({ parentId }).where(eq(comments.id, id));
}
