import type { PostKind } from '@/db/schema';

/** A post's or page's address on this blog: posts under /posts/, pages at the top level (/about). */
export function postPath(post: { kind: PostKind; slug: string }): string {
  return post.kind === 'page' ? `/${post.slug}` : `/posts/${post.slug}`;
}

export function permalink(site: string, post: { kind: PostKind; slug: string }): string {
  return `${site}${postPath(post)}`;
}
