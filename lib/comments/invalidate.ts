import 'server-only';
import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache/tags';

/**
 * After approved comments changed on these posts: their pages, and every list that shows comment
 * counts, render afresh on the next request. Nothing else is touched. Server actions only.
 */
export function refreshCommentPages(postIds: Iterable<number>) {
  const ids = [...new Set(postIds)];
  for (const id of ids) updateTag(cacheTags.comments(id));
  if (ids.length > 0) updateTag(cacheTags.postLists);
}
