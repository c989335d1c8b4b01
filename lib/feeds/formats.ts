/** The feeds a blog publishes: where each one lives and what it is, in one place for routes, links and docs. */
export const FEED_FORMATS = {
  rss: { path: '/feed.xml', mimeType: 'application/rss+xml', name: 'RSS' },
  atom: { path: '/atom.xml', mimeType: 'application/atom+xml', name: 'Atom' },
  json: { path: '/feed.json', mimeType: 'application/feed+json', name: 'JSON Feed' },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** The full Content-Type header of a feed response. */
export function feedContentType(format: FeedFormat): string {
  return `${FEED_FORMATS[format].mimeType}; charset=utf-8`;
}

/** A label's RSS feed; the label page itself lives at /labels/<slug>. */
export function labelFeedPath(labelSlug: string): string {
  return `/labels/${encodeURIComponent(labelSlug)}/feed.xml`;
}

/**
 * The `alternates.types` of page metadata: one `<link rel="alternate">` per feed, so browsers and
 * feed readers find them from any page. Paths stay relative: pages are static and have no request origin.
 */
export function feedAlternateTypes(blogTitle: string) {
  return Object.fromEntries(
    Object.values(FEED_FORMATS).map(({ path, mimeType, name }) => [mimeType, [{ url: path, title: `${blogTitle} (${name})` }]]),
  );
}
