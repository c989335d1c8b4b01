import 'server-only';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { db } from '../client';
import { labels, postLabels, posts } from '../schema';
import { countPublishedPostsWhere, listPublishedPostsWhere, type PostSummary } from './posts';

export interface LabelRow {
  id: number;
  name: string;
  slug: string;
}

export interface LabelWithCount {
  name: string;
  slug: string;
  /** Published posts only: what a reader can see under the label. */
  postCount: number;
  /** The most recent change to one of those posts. */
  lastUpdatedAt: Date;
}

export async function getLabelBySlug(slug: string): Promise<LabelRow | null> {
  const [label] = await db
    .select({ id: labels.id, name: labels.name, slug: labels.slug })
    .from(labels)
    .where(eq(labels.slug, slug))
    .limit(1);
  return label ?? null;
}

/** Labels that have at least one published post, by name (case-insensitive). */
export async function listLabelsWithPublishedPosts(): Promise<LabelWithCount[]> {
  const rows = await db
    .select({
      name: labels.name,
      slug: labels.slug,
      postCount: sql<number>`count(*)`.mapWith(Number),
      lastUpdatedAt: max(posts.updatedAt),
    })
    .from(labels)
    .innerJoin(postLabels, eq(postLabels.labelId, labels.id))
    .innerJoin(posts, and(eq(posts.id, postLabels.postId), eq(posts.status, 'published')))
    .groupBy(labels.id)
    .orderBy(asc(sql`${labels.name} collate nocase`));
  return rows.map(({ lastUpdatedAt, ...rest }) => ({ ...rest, lastUpdatedAt: lastUpdatedAt ?? new Date(0) }));
}

const hasLabel = (labelId: number) =>
  sql`exists (select 1 from ${postLabels} where ${postLabels.postId} = ${posts.id} and ${postLabels.labelId} = ${labelId})`;

/** Published posts with a label, newest first. */
export function listPublishedPostsWithLabel(labelId: number, page: { limit: number; offset: number }): Promise<PostSummary[]> {
  return listPublishedPostsWhere(hasLabel(labelId), page);
}

export function countPublishedPostsWithLabel(labelId: number): Promise<number> {
  return countPublishedPostsWhere(hasLabel(labelId));
}

/** Published posts under the label with this slug; 0 for an unknown label. Indexed on both joins. */
export async function countPublishedPostsWithLabelSlug(slug: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(labels)
    .innerJoin(postLabels, eq(postLabels.labelId, labels.id))
    .innerJoin(posts, and(eq(posts.id, postLabels.postId), eq(posts.status, 'published')))
    .where(eq(labels.slug, slug));
  return row?.n ?? 0;
}
