import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../client';
import { posts } from '../schema';
import { isPublishedPage } from './fragments';

// Standalone pages (About, Contact) are rows of `posts` with kind 'page' (docs/pages.md). These are
// the reader's reads of them; the editor's go through post-editing.ts like any post's.

export interface PageDetail {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  contentHtml: string;
  updatedAt: Date;
  commentsOpen: boolean;
  publishedAt: Date | null;
}

export interface PageLink {
  id: number;
  slug: string;
  title: string;
}

const linkColumns = { id: posts.id, slug: posts.slug, title: posts.title };

/** Whether a reader can open /<slug>: one lookup on the unique slug index. */
export async function isPublishedPageSlug(slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(isPublishedPage, eq(posts.slug, slug)))
    .limit(1);
  return row !== undefined;
}

export async function getPublishedPageBySlug(slug: string): Promise<PageDetail | null> {
  const [row] = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      contentHtml: posts.contentHtml,
      updatedAt: posts.updatedAt,
      commentsOpen: posts.commentsOpen,
      publishedAt: posts.publishedAt,
    })
    .from(posts)
    .where(and(isPublishedPage, eq(posts.slug, slug)))
    .limit(1);
  return row ?? null;
}

/** Every published page by title, for choosing the header's navigation. */
export async function listPublishedPages(): Promise<PageLink[]> {
  return db.select(linkColumns).from(posts).where(isPublishedPage).orderBy(asc(posts.title), asc(posts.id));
}

/** The published pages among `ids`, in the order given; ids of pages that are gone or unpublished drop out. */
export async function listPublishedPagesInOrder(ids: readonly number[]): Promise<PageLink[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(linkColumns)
    .from(posts)
    .where(and(isPublishedPage, inArray(posts.id, [...ids])));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every published page's slug and last change, for the sitemap. */
export async function listPublishedPageDates(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(isPublishedPage)
    .orderBy(desc(posts.updatedAt), desc(posts.id));
}
