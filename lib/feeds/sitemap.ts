import type { MetadataRoute } from 'next';
import { blogUrl } from './items';

interface SitemapPost {
  slug: string;
  updatedAt: Date;
}

interface SitemapLabel {
  slug: string;
  lastUpdatedAt: Date;
}

/**
 * Every page a search engine should know: home, archive, each label page, each published post and
 * each standalone page (/about), with absolute URLs. A list page last changed when the newest change
 * to a post on it was made.
 */
export function sitemapEntries(
  base: string,
  posts: readonly SitemapPost[],
  labels: readonly SitemapLabel[],
  pages: readonly SitemapPost[] = [],
): MetadataRoute.Sitemap {
  const newest = posts.length > 0 ? new Date(Math.max(...posts.map((p) => p.updatedAt.getTime()))) : undefined;
  return [
    { url: blogUrl(base, '/'), lastModified: newest },
    { url: blogUrl(base, '/archive'), lastModified: newest },
    ...labels.map((label) => ({
      url: blogUrl(base, `/labels/${encodeURIComponent(label.slug)}`),
      lastModified: label.lastUpdatedAt,
    })),
    ...posts.map((post) => ({
      url: blogUrl(base, `/posts/${encodeURIComponent(post.slug)}`),
      lastModified: post.updatedAt,
    })),
    ...pages.map((page) => ({ url: blogUrl(base, `/${encodeURIComponent(page.slug)}`), lastModified: page.updatedAt })),
  ];
}
