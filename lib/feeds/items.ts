import type { Item } from 'feed';
import type { FeedPost } from '@/db/queries/posts';
import { absolutizeHtmlUrls } from './absolute-urls';

/** An absolute URL on the blog. `base` is an origin (and optional path) without a trailing slash. */
export function blogUrl(base: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), `${base}/`).toString();
}

// XML 1.0 cannot carry most control characters, not even escaped; one pasted from a word processor
// would make the whole feed unreadable, so they are dropped from everything that goes into a feed.
const XML_INVALID_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID_CHARACTERS, '');
}

function newestFirst(a: FeedPost, b: FeedPost): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id;
}

/**
 * Feed entries for published posts, newest first, every URL absolute: the post's address is its
 * permanent id, the body is the full post with its links and images resolved against that address,
 * and labels become categories that point at their label page.
 */
export function toFeedItems(posts: readonly FeedPost[], base: string): Item[] {
  return [...posts].sort(newestFirst).map((post) => {
    const url = blogUrl(base, `/posts/${encodeURIComponent(post.slug)}`);
    return {
      id: url,
      link: url,
      title: xmlSafe(post.title),
      date: post.updatedAt,
      published: post.publishedAt,
      description: xmlSafe(post.excerpt),
      content: xmlSafe(absolutizeHtmlUrls(post.contentHtml, url)),
      author: [{ name: xmlSafe(post.authorName) }],
      category: post.labels.map((label) => ({
        name: xmlSafe(label.name),
        term: label.slug,
        domain: blogUrl(base, `/labels/${encodeURIComponent(label.slug)}`),
        scheme: blogUrl(base, '/labels/'),
      })),
    };
  });
}
