/**
 * Top-level names a page may not take: pages live at `/<slug>` (docs/pages.md), beside the app's
 * own routes, so a page called "admin" or "feed.xml" would be shadowed by the route (or shadow it).
 * One list, read by the editor's slug check (lib/posts/slug.ts) and by the path gate
 * (lib/reader/path-subject.ts), which lets these names through to the routes that own them.
 *
 * It holds every top-level route the app has, names it may grow into, and the old hosts' paths
 * (Blogger, WordPress) that the redirects answer. Names that are not slugs ("feed.xml") are listed
 * anyway: the gate compares them as they come.
 */
export const RESERVED_TOP_LEVEL_NAMES: ReadonlySet<string> = new Set([
  // The app's own routes.
  'admin',
  'login',
  'setup',
  'api',
  'posts',
  'labels',
  'page',
  'archive',
  'search',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
  'robots.txt',
  'media',
  'mail',
  'change-password',
  '_next',
  'icon.svg',
  'favicon.ico',
  // Old hosts' paths, redirected to their Inkwell addresses.
  'feed',
  'feeds',
  'p',
  'wp-admin',
  'wp-login.php',
  'tag',
  'category',
  'comments',
  'rss.xml',
]);

// `/2024`, `/2024/05/…`: old hosts' date addresses, answered by the redirects (lib/redirects/patterns.ts).
const YEAR = /^\d{4}$/;

export function isReservedTopLevelName(name: string): boolean {
  return RESERVED_TOP_LEVEL_NAMES.has(name) || YEAR.test(name);
}

/** Why a page cannot use this slug, next to the slug field; null when the slug is free of the app's names. */
export function reservedSlugProblem(slug: string): string | null {
  return isReservedTopLevelName(slug)
    ? `“${slug}” is an address the blog itself uses (/${slug}). Choose another slug for this page.`
    : null;
}
