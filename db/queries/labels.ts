import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { labels, postLabels, posts } from '../schema';
import { countPublishedPostsWhere, listPublishedPostsWhere, type PostSummary } from './posts';

export interface LabelWithCount {
  name: string;
  slug: string;
  /** Published posts only. */
  count: number;
}

export interface LabelRow {
  id: number;
  name: string;
  slug: string;
}

/** Labels that have at least one published post, by name. */
export async function listLabelsWithPublishedCounts(): Promise<LabelWithCount[]> {
  const count = sql<number>`count(*)`.mapWith(Number);
  return db
    .select({ name: labels.name, slug: labels.slug, count })
    .from(labels)
    .innerJoin(postLabels, eq(postLabels.labelId, labels.id))
    .innerJoin(posts, and(eq(posts.id, postLabels.postId), eq(posts.status, 'published')))
    .groupBy(labels.id)
    .orderBy(asc(sql`${labels.name} collate nocase`));
}

export async function findLabelBySlug(slug: string): Promise<LabelRow | null> {
  const [row] = await db
    .select({ id: labels.id, name: labels.name, slug: labels.slug })
    .from(labels)
    .where(eq(labels.slug, slug))
    .limit(1);
  return row ?? null;
}

const hasLabel = (labelId: number) =>
  sql`exists (select 1 from ${postLabels} where ${postLabels.postId} = ${posts.id} and ${postLabels.labelId} = ${labelId})`;

/** Published posts with a label, newest first. */
export function listPublishedPostsWithLabel(
  labelId: number,
  page: { limit: number; offset: number },
): Promise<PostSummary[]> {
  return listPublishedPostsWhere(hasLabel(labelId), page);
}

export function countPublishedPostsWithLabel(labelId: number): Promise<number> {
  return countPublishedPostsWhere(hasLabel(labelId));
}
