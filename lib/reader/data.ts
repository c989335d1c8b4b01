import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { countPublishedPosts, getPublishedPostBySlug, listPublishedPosts } from '@/db/queries/posts';
import { listApprovedComments } from '@/db/queries/comments';
import { readAllSettings } from '@/db/queries/settings';
import { cacheTags } from '@/lib/cache/tags';
import { parseSiteSettings } from '@/lib/settings/schema';

// Reader pages read through these cached functions only. Entries live until a write
// invalidates their tag (cacheLife 'max'), so a reader page costs no query between writes.

export async function getSiteSettings() {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.settings);
  return parseSiteSettings(await readAllSettings());
}

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
