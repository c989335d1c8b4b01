import 'server-only';
import { and, asc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { db, type Connection, type Transaction } from '../client';
import { labels, postLabels, posts } from '../schema';
import { isPublished } from './fragments';

export interface LabelRow {
  id: number;
  name: string;
  slug: string;
}

export interface LabelRef {
  name: string;
  slug: string;
}

export interface LabelWithCount {
  name: string;
  slug: string;
  /** Published posts only: what a reader can see under the label. */
  postCount: number;
}

export interface LabelWithLastUpdate {
  slug: string;
  /** The most recent change to one of the label's published posts. */
  lastUpdatedAt: Date;
}

// Labels sort by name whatever their case, wherever they are listed.
const byName = asc(sql`${labels.name} collate nocase`);

export async function getLabelBySlug(slug: string): Promise<LabelRow | null> {
  const [label] = await db
    .select({ id: labels.id, name: labels.name, slug: labels.slug })
    .from(labels)
    .where(eq(labels.slug, slug))
    .limit(1);
  return label ?? null;
}

/** Every label's name, for the label picker. */
export async function listLabelNames(): Promise<string[]> {
  const rows = await db.select({ name: labels.name }).from(labels).orderBy(byName);
  return rows.map((r) => r.name);
}

/**
 * Labels that have at least one published post, by name (case-insensitive), with that count: read
 * from the count migration 0006's triggers keep, so the label cloud on every page costs 200 rows,
 * not a join over every post's labels.
 */
export async function listLabelsWithPublishedPosts(): Promise<LabelWithCount[]> {
  return db
    .select({ name: labels.name, slug: labels.slug, postCount: labels.publishedPostCount })
    .from(labels)
    .where(gt(labels.publishedPostCount, 0))
    .orderBy(byName);
}

/**
 * Labels with published posts and the last change to one of them, for the sitemap's lastmod. This
 * one joins every published post's labels (about 0.6 s at 100,000 posts): the sitemap lists every
 * post anyway and is cached until a post changes.
 */
export async function listLabelsWithLastUpdate(): Promise<LabelWithLastUpdate[]> {
  const rows = await db
    .select({ slug: labels.slug, lastUpdatedAt: max(posts.updatedAt) })
    .from(labels)
    .innerJoin(postLabels, eq(postLabels.labelId, labels.id))
    .innerJoin(posts, and(eq(posts.id, postLabels.postId), isPublished))
    .groupBy(labels.id)
    .orderBy(byName);
  return rows.map(({ slug, lastUpdatedAt }) => ({ slug, lastUpdatedAt: lastUpdatedAt ?? new Date(0) }));
}

/** Published posts under the label with this slug (the kept count); 0 for an unknown label. One row by the unique slug. */
export async function countPublishedPostsWithLabelSlug(slug: string): Promise<number> {
  const [row] = await db.select({ n: labels.publishedPostCount }).from(labels).where(eq(labels.slug, slug)).limit(1);
  return row?.n ?? 0;
}

/** Published posts under this label (the kept count). */
export async function countPublishedPostsWithLabel(labelId: number): Promise<number> {
  const [row] = await db.select({ n: labels.publishedPostCount }).from(labels).where(eq(labels.id, labelId)).limit(1);
  return row?.n ?? 0;
}

/** The labels of each of these posts, by name: the one join from posts to their labels. */
export async function labelsByPost(postIds: number[], conn: Connection = db): Promise<Map<number, LabelRef[]>> {
  const byPost = new Map<number, LabelRef[]>();
  if (postIds.length === 0) return byPost;
  const rows = await conn
    .select({ postId: postLabels.postId, name: labels.name, slug: labels.slug })
    .from(postLabels)
    .innerJoin(labels, eq(labels.id, postLabels.labelId))
    .where(inArray(postLabels.postId, postIds))
    .orderBy(byName);
  for (const { postId, name, slug } of rows) {
    const list = byPost.get(postId) ?? [];
    list.push({ name, slug });
    byPost.set(postId, list);
  }
  return byPost;
}

/** One post's labels with their slugs (the preview links them like the post page does). */
export async function getPostLabelRefs(postId: number, conn: Connection = db): Promise<LabelRef[]> {
  return (await labelsByPost([postId], conn)).get(postId) ?? [];
}

/**
 * Sets a post's labels to exactly `wanted`, creating labels that do not exist yet. A label is the same
 * label when either its slug or its name matches (both are unique), so a new spelling never collides.
 */
export async function setPostLabels(tx: Transaction, postId: number, wanted: LabelRef[]) {
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
