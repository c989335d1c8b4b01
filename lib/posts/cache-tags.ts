import { cacheTags } from '@/lib/cache/tags';

/** What readers can see of a post: its address, and whether it is on the blog at all. */
export interface ReaderView {
  slug: string;
  status: string;
}

/**
 * The cache tags a change to one post touches. Readers only ever see published posts, so a change
 * between two unpublished states touches nothing; otherwise the post's page (under its old and new
 * slug: a 404 may be cached for an address about to be used) and every list of posts.
 */
export function tagsForPostChange(before: ReaderView | null, after: ReaderView | null): string[] {
  const visible = (view: ReaderView | null) => view?.status === 'published';
  if (!visible(before) && !visible(after)) return [];
  const slugs = new Set([before?.slug, after?.slug].filter((s): s is string => !!s));
  return [...[...slugs].map(cacheTags.post), cacheTags.postLists];
}
