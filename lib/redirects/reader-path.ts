import type { PostKind } from '@/db/schema';

/** Where a post or page lives on this blog: posts under /posts/, pages at the top level (docs/pages.md). */
export function readerPath(kind: PostKind, slug: string): string {
  return kind === 'page' ? `/${slug}` : `/posts/${slug}`;
}
