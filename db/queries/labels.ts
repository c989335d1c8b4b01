import 'server-only';
import { and, eq, max, sql } from 'drizzle-orm';
import { db } from '../client';
import { labels, postLabels, posts } from '../schema';

export async function getLabelBySlug(slug: string) {
  const [label] = await db
    .select({ id: labels.id, name: labels.name, slug: labels.slug })
    .from(labels)
    .where(eq(labels.slug, slug))
    .limit(1);
  return label ?? null;
}

export interface LabelWithCount {
  name: string;
  slug: string;
  /** Published posts only: what a reader can see under the label. */
  postCount: number;
  /** The most recent change to one of those posts. */
  lastUpdatedAt: Date;
}

/** Labels that have at least one published post, by name. */
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
    .orderBy(labels.name);
  return rows.map(({ lastUpdatedAt, ...rest }) => ({ ...rest, lastUpdatedAt: lastUpdatedAt ?? new Date(0) }));
}
