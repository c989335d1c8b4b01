import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import {
  countPublishedPosts,
  getAdjacentPosts,
  getPublishedPostBySlug,
  listPopularPosts,
  listPublishedPosts,
  listRelatedPosts,
} from '@/db/queries/posts';
import { listApprovedComments } from '@/db/queries/comments';
import { cacheTags } from '@/lib/cache/tags';
import { DAY_MS } from '@/lib/time';

// Reader pages read through these cached functions only (and the settings, lib/settings/site-settings.ts).
// Entries live until a write invalidates their tag (cacheLife 'max'), so a reader page costs no query
// between writes.

export async function getPostListPage(page: number, perPage: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const [posts, total] = await Promise.all([
    listPublishedPosts({ limit: perPage, offset: (page - 1) * perPage }),
    countPublishedPosts(),
  ]);
  return { posts, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export async function getPost(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.post(slug));
  return getPublishedPostBySlug(slug);
}

export async function getApprovedComments(postId: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.comments(postId));
  return listApprovedComments(postId);
}

export async function listRecentSlugs(limit: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const posts = await listPublishedPosts({ limit });
  return posts.map((p) => p.slug);
}

/** Newer/older neighbours and related posts: they change when any post is published. */
// Primitive arguments: a cache key must come out the same in every render phase.
export async function getPostNeighbours(postId: number, publishedAtMs: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const [adjacent, related] = await Promise.all([
    getAdjacentPosts({ id: postId, publishedAt: new Date(publishedAtMs) }),
    listRelatedPosts(postId, 3),
  ]);
  return { ...adjacent, related };
}

const POPULAR_WINDOW_DAYS = 30;

/**
 * Top posts by views over the last 30 days. Views arrive all the time and must not re-render pages
 * one by one, so this list is refreshed hourly (stale-while-revalidate) rather than by tag.
 */
export async function getPopularPosts() {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.postLists);
  const since = new Date(Date.now() - POPULAR_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  return listPopularPosts(since, 5);
}
