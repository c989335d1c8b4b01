import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getLabelBySlug, listLabelsWithLastUpdate } from '@/db/queries/labels';
import { listPublishedPageDates } from '@/db/queries/pages';
import { listFeedPosts, listPublishedPostDates, type FeedPost } from '@/db/queries/posts';
import { cacheTags } from '@/lib/cache/tags';
import { renderFeed } from '@/lib/feeds/build';
import { FEED_FORMATS, labelFeedPath, type FeedFormat } from '@/lib/feeds/formats';
import { blogUrl, toFeedItems } from '@/lib/feeds/items';
import { sitemapEntries } from '@/lib/feeds/sitemap';
import { siteUrl } from '@/lib/site-url';
import { getSiteSettings } from '@/lib/settings/site-settings';

// Feeds and the sitemap are built once per base URL and kept until a write invalidates their tags,
// so a feed reader polling every few minutes costs no query and no XML writing between writes.

/** How many of the newest posts a feed carries. */
export const FEED_SIZE = 20;

/**
 * The absolute base for a route handler's URLs: SITE_URL or the site URL setting when set, else the
 * origin Next gives the request (this server's own address, not the Host header a client sends).
 */
export async function feedBaseUrl(request: Request): Promise<string> {
  return siteUrl(await getSiteSettings(), new URL(request.url).origin);
}

// A feed carries whole posts: an edit to one of them must refresh it even when the edit
// invalidates only that post's tag.
function tagPosts(posts: readonly FeedPost[]) {
  if (posts.length > 0) cacheTag(...posts.map((post) => cacheTags.post(post.slug)));
}

export async function getBlogFeed(format: FeedFormat, base: string): Promise<string> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists, cacheTags.settings);
  const [settings, posts] = await Promise.all([getSiteSettings(), listFeedPosts({ limit: FEED_SIZE })]);
  tagPosts(posts);
  const feedUrls = Object.fromEntries(Object.entries(FEED_FORMATS).map(([name, { path }]) => [name, blogUrl(base, path)]));
  return renderFeed(
    format,
    { title: settings.title, description: settings.description, pageUrl: blogUrl(base, '/'), feedUrls },
    toFeedItems(posts, base),
  );
}

/** A label's RSS feed, or null when there is no such label. */
export async function getLabelFeed(labelSlug: string, base: string): Promise<string | null> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists, cacheTags.settings);
  const label = await getLabelBySlug(labelSlug);
  if (!label) return null;
  const [settings, posts] = await Promise.all([getSiteSettings(), listFeedPosts({ limit: FEED_SIZE, labelId: label.id })]);
  tagPosts(posts);
  return renderFeed(
    'rss',
    {
      title: `${label.name} · ${settings.title}`,
      description: `Posts labelled “${label.name}” on ${settings.title}.`,
      pageUrl: blogUrl(base, `/labels/${encodeURIComponent(label.slug)}`),
      feedUrls: { rss: blogUrl(base, labelFeedPath(label.slug)) },
    },
    toFeedItems(posts, base),
  );
}

export async function getSitemapEntries(base: string) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const [posts, labels, pages] = await Promise.all([
    listPublishedPostDates(),
    listLabelsWithLastUpdate(),
    listPublishedPageDates(),
  ]);
  return sitemapEntries(base, posts, labels, pages);
}
