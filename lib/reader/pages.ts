import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getPublishedPageBySlug, listPublishedPages, listPublishedPagesInOrder } from '@/db/queries/pages';
import { cacheTags } from '@/lib/cache/tags';
import { getSiteSettings } from '@/lib/settings/site-settings';

// Standalone pages (docs/pages.md), cached like posts: a page under its own `post:<slug>` tag (the
// slugs of posts and pages share one column, so they never collide), the header's links under
// `page-links` and `settings` (which pages, in what order).

export async function getPage(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.post(slug));
  return getPublishedPageBySlug(slug);
}

/** The site header's page links, in the order the admin chose; unpublished pages drop out. */
export async function getHeaderPageLinks() {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.pageLinks, cacheTags.settings);
  const { navigation } = await getSiteSettings();
  return listPublishedPagesInOrder(navigation);
}

/** Published pages' slugs, prerendered at build time. */
export async function listPageSlugs() {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.pageLinks);
  return (await listPublishedPages()).map((page) => page.slug);
}
