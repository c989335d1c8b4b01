import 'server-only';
import { findLabelSlug, findRedirectTarget } from '@/db/queries/redirects';
import { slugify } from '@/lib/content/slug';
import type { LegacyRequest } from './patterns';
import { readerPath } from './reader-path';

export type LegacyAnswer = { status: 301; location: string } | { status: 410; message: string } | { status: 404 };

const NOT_FOUND = { status: 404 } as const;

function labelPath(slug: string, page: number, feed: boolean): string {
  if (feed) return `/labels/${slug}/feed.xml`;
  return page > 1 ? `/labels/${slug}/page/${page}` : `/labels/${slug}`;
}

/**
 * Where an old address lives now: at most one indexed query (a post's old path, or a label by name
 * or slug), never a render. Live reads, never cached: a cache keyed by what strangers type is what
 * the 404 gate exists to avoid (docs/caching.md, "Unknown URLs").
 */
export async function resolveLegacyRequest(request: LegacyRequest): Promise<LegacyAnswer> {
  switch (request.kind) {
    case 'fixed':
      return { status: 301, location: request.location };
    case 'gone':
      return { status: 410, message: request.message };
    case 'label': {
      const slug = await findLabelSlug(request.name, slugify(request.name, 60));
      return slug ? { status: 301, location: labelPath(slug, request.page, request.feed) } : NOT_FOUND;
    }
    case 'post': {
      const target = await findRedirectTarget(request.paths, request.commentAt);
      if (!target) return NOT_FOUND;
      const path = readerPath(target.kind, target.slug) + request.rest;
      return { status: 301, location: target.commentId === null ? path : `${path}#comment-${target.commentId}` };
    }
  }
}
