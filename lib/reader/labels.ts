import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { countPublishedPostsWithLabel, getLabelBySlug, listLabelsWithPublishedPosts } from '@/db/queries/labels';
import { listPublishedPostsWithLabel } from '@/db/queries/posts';
import { cacheTags } from '@/lib/cache/tags';
import { isPageInRange, pageWindow } from '@/lib/pagination';

/** Labels with published posts and how many each has, by name (the footer's label list). */
export async function getLabelCounts() {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  return listLabelsWithPublishedPosts();
}

/**
 * One page of a label's published posts, newest first; null when the label is unknown, has no
 * published posts, or has no such page (the page is then a 404).
 */
export async function getLabelPostsPage(slug: string, page: number, perPage: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const label = await getLabelBySlug(slug);
  if (!label) return null;
  const total = await countPublishedPostsWithLabel(label.id);
  if (total === 0 || !isPageInRange(total, perPage, page)) return null;
  const window = pageWindow(total, perPage, page);
  const posts = await listPublishedPostsWithLabel(label.id, window);
  return { label: { name: label.name, slug: label.slug }, total, window, posts };
}
