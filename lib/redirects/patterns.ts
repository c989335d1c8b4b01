import { parseMonth, parseYear, periodPath } from '@/lib/archive/periods';

/**
 * What an address from the old blog (Blogger, WordPress) or an old Inkwell address asks for,
 * read from the URL alone: no database here. lib/redirects/resolve.ts turns it into a 301.
 * docs/redirects.md lists the patterns and why each maps where it does.
 */
export type LegacyRequest =
  /** A post or page by its old path: `paths` are the spellings to look up in legacy_redirects. */
  | { kind: 'post'; paths: string[]; commentAt: Date | null; rest: string }
  /** A label by its old name or slug (Blogger `/search/label/X`, WordPress `/category/x/`). */
  | { kind: 'label'; name: string; page: number; feed: boolean }
  /** An address whose new home needs no lookup (feeds, archives). */
  | { kind: 'fixed'; location: string }
  /** Something Inkwell does not have (comment feeds): 410, so feed readers stop asking. */
  | { kind: 'gone'; message: string };

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Inkwell's own feeds (app/(site)/feed.xml, atom.xml, feed.json). */
export const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' };

export const NO_COMMENT_FEEDS = 'This blog has no comment feeds. Follow its posts at /feed.xml.';

/** The first segments of old-blog addresses. */
const LEGACY_SECTIONS = new Set(['p', 'feeds', 'feed', 'search', 'category', 'tag', 'comments', 'rss.xml']);
/** WordPress's root-path queries (`/?p=42`): `/` is an old address only with one of them. */
export const ROOT_QUERY_KEYS = ['p', 'page_id', 'feed'] as const;

const YEAR = /^\d{4}$/;

/** Whether the front door (lib/reader/front-door.ts) should resolve this request as an old address (cheap: no lookup). */
export function isLegacyCandidate(pathname: string, search: URLSearchParams): boolean {
  if (pathname === '/') return ROOT_QUERY_KEYS.some((key) => search.has(key));
  const first = pathname.split('/', 2)[1] ?? '';
  return LEGACY_SECTIONS.has(first) || YEAR.test(first);
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A path as stored and its twin with or without the trailing slash (Next strips it with a 308; the front door sees it first). */
export function pathSpellings(path: string): string[] {
  if (path === '/') return [path];
  return path.endsWith('/') ? [path, path.slice(0, -1)] : [path, `${path}/`];
}

/** Blogger's comment permalink carries the comment's time in ms: `post.html?showComment=1700000000000#c42`. */
function commentTime(search: URLSearchParams): Date | null {
  const value = search.get('showComment');
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return new Date(Number(value));
}

function postByPath(pathname: string, search: URLSearchParams): LegacyRequest {
  return { kind: 'post', paths: pathSpellings(pathname), commentAt: commentTime(search), rest: '' };
}

/** Blogger: `?alt=rss` is RSS, `?alt=json` JSON, anything else (the default) Atom. */
function bloggerFeedFormat(search: URLSearchParams): FeedFormat {
  const alt = search.get('alt');
  if (alt === 'rss') return 'rss';
  if (alt === 'json') return 'json';
  return 'atom';
}

/** WordPress: `/feed/`, `/feed/rss2/`, `/feed/atom/`, `?feed=atom`. RSS unless it says Atom. */
function wordpressFeedFormat(name: string | undefined): FeedFormat {
  return name === 'atom' ? 'atom' : 'rss';
}

function feed(format: FeedFormat): LegacyRequest {
  return { kind: 'fixed', location: FEED_PATHS[format] };
}

const gone: LegacyRequest = { kind: 'gone', message: NO_COMMENT_FEEDS };

/**
 * Blogger's feeds: `/feeds/posts/default`, `/feeds/posts/summary`, `/feeds/<blogId>/posts/default`,
 * `/feeds/posts/default/-/Label` (a label's feed), `/feeds/comments/default` and
 * `/feeds/<postId>/comments/default` (comment feeds, which Inkwell does not have).
 */
function bloggerFeed(segments: string[], search: URLSearchParams): LegacyRequest | null {
  const rest = /^\d+$/.test(segments[0] ?? '') && segments[1] === 'posts' ? segments.slice(1) : segments;
  if (rest.includes('comments')) return gone;
  const [kind, projection, dash, label] = rest;
  if (kind !== 'posts' || !['default', 'summary', 'full'].includes(projection ?? '')) return null;
  if (rest.length === 2) return feed(bloggerFeedFormat(search));
  if (dash === '-' && label) {
    const name = decoded(label);
    // Inkwell's label feeds are RSS.
    return name ? { kind: 'label', name, page: 1, feed: true } : null;
  }
  return null;
}

/** WordPress term archives: `/category/parent/child/`, `/tag/x/`, with `/page/N/` and `/feed/[atom/]`. */
function wordpressTerm(segments: string[]): LegacyRequest | null {
  let terms = segments;
  let page = 1;
  let isFeed = false;
  const feedAt = terms.indexOf('feed');
  if (feedAt > 0) {
    isFeed = true;
    terms = terms.slice(0, feedAt);
  }
  const pageAt = terms.indexOf('page');
  if (pageAt > 0 && /^\d{1,6}$/.test(terms[pageAt + 1] ?? '')) {
    page = Math.max(1, Number(terms[pageAt + 1]));
    terms = terms.slice(0, pageAt);
  }
  const last = terms.at(-1);
  const name = last ? decoded(last) : null;
  return name ? { kind: 'label', name, page: isFeed ? 1 : page, feed: isFeed } : null;
}

/** `/YYYY[/MM[/DD]]` are archives; anything longer under a year is a post's old path. */
function underYear(segments: string[], pathname: string, search: URLSearchParams): LegacyRequest | null {
  const [yearParam, monthParam, dayParam, ...after] = segments;
  const year = parseYear(yearParam);
  if (segments.length === 1) return year === null ? null : { kind: 'fixed', location: periodPath({ year, month: null }) };
  const month = parseMonth(monthParam);
  const isDay = /^\d{2}$/.test(dayParam ?? '');
  if (year !== null && month !== null && (segments.length === 2 || (segments.length === 3 && isDay))) {
    // Inkwell's archive stops at months: a day's archive goes to its month.
    return { kind: 'fixed', location: periodPath({ year, month }) };
  }
  // WordPress: `/YYYY/MM/DD/slug/feed/` is that post's comment feed.
  if (isDay && after.length === 2 && after[1] === 'feed') return gone;
  return postByPath(pathname, search);
}

/**
 * Reads an old address. `null`: not an old address after all (let the request through).
 * `pathname` is as the request carries it (percent-encoded), with or without a trailing slash.
 */
export function legacyRequestOf(pathname: string, search: URLSearchParams): LegacyRequest | null {
  if (pathname === '/') {
    const p = search.get('p');
    if (p && /^\d{1,12}$/.test(p)) return { kind: 'post', paths: [`/?p=${p}`], commentAt: null, rest: '' };
    const pageId = search.get('page_id');
    if (pageId && /^\d{1,12}$/.test(pageId)) return { kind: 'post', paths: [`/?page_id=${pageId}`], commentAt: null, rest: '' };
    const feedName = search.get('feed');
    if (feedName) return feedName.startsWith('comments') ? gone : feed(wordpressFeedFormat(feedName));
    return null;
  }
  const segments = pathname.split('/').filter(Boolean);
  const [section, ...rest] = segments;
  switch (section) {
    case 'p':
      // Blogger's pages: /p/about.html.
      return rest.length === 1 ? postByPath(pathname, search) : null;
    case 'feeds':
      return bloggerFeed(rest, search);
    case 'rss.xml':
      return rest.length === 0 ? feed('rss') : null;
    case 'feed':
      return rest.length <= 1 ? feed(wordpressFeedFormat(rest[0])) : null;
    case 'comments':
      return rest[0] === 'feed' ? gone : null;
    case 'search': {
      // Blogger: /search/label/Name. Inkwell's own /search?q= is not an old address.
      if (rest[0] !== 'label' || rest.length < 2) return null;
      const name = decoded(rest[1]);
      return name ? { kind: 'label', name, page: 1, feed: false } : null;
    }
    case 'category':
    case 'tag':
      return wordpressTerm(rest);
    default:
      return section !== undefined && YEAR.test(section) ? underYear(segments, pathname, search) : null;
  }
}

/**
 * An Inkwell address that named something which is not there (any more): a post whose slug was
 * changed in the editor (`/posts/<old>`, and what lives under it, its Open Graph image), or a
 * page's old top-level address (`/<old>`). Asked by the 404 gate (lib/reader/front-door.ts) before it
 * answers 404, so a live post at that address always wins over the redirect.
 */
export function movedReaderRequest(pathname: string): LegacyRequest | null {
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] === 'posts' && segments.length >= 2) {
    return {
      kind: 'post',
      paths: [`/posts/${segments[1]}`],
      commentAt: null,
      rest: segments
        .slice(2)
        .map((s) => `/${s}`)
        .join(''),
    };
  }
  if (segments.length === 1) {
    return YEAR.test(segments[0])
      ? legacyRequestOf(pathname, new URLSearchParams())
      : { kind: 'post', paths: pathSpellings(pathname), commentAt: null, rest: '' };
  }
  return null;
}
