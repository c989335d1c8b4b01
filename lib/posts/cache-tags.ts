import { cacheTags } from '@/lib/cache/tags';

/** What readers can see of a post: its address, and whether it is on the blog at all. */
export interface ReaderView {
  slug: string;
  status: string;
  /** Pages only: their title is a link in the site header. */
  title?: string;
  kind?: string;
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
  return [
    ...[...slugs].map(cacheTags.post),
    cacheTags.postLists,
    ...(headerLinkChanged(before, after) ? [cacheTags.pageLinks] : []),
  ];
}

/**
 * Whether a page's link in the site header may have changed: it appeared, went, moved or was
 * renamed. The header is on every reader page, so an edit of the page's text alone leaves it be.
 */
function headerLinkChanged(before: ReaderView | null, after: ReaderView | null): boolean {
  if (before?.kind !== 'page' && after?.kind !== 'page') return false;
  return before?.status !== after?.status || before?.slug !== after?.slug || before?.title !== after?.title || !before || !after;
}
