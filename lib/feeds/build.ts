import { Feed, type FeedOptions, type Item } from 'feed';
import { escapeText } from 'entities';
import type { FeedFormat } from './formats';

export interface FeedChannel {
  title: string;
  description: string;
  /** The page this feed follows: the home page, or a label's page. */
  pageUrl: string;
  /** Absolute addresses of the feeds of this channel; each format names itself with rel="self". */
  feedUrls: Partial<Record<FeedFormat, string>>;
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The newest change among the entries; a feed of nothing is dated at the epoch so output stays deterministic. */
function lastUpdated(items: readonly Item[]): Date {
  return new Date(Math.max(0, ...items.map((item) => item.date.getTime())));
}

/**
 * RSS 2.0 wants an email in <author>; the name goes in <dc:creator> instead, as most blogs do.
 * Its description is HTML, so the plain-text excerpt is escaped.
 */
function forRss(item: Item): Item {
  const { author, ...rest } = item;
  return {
    ...rest,
    description: item.description && escapeText(item.description),
    extensions: (author ?? []).map((person) => ({ name: 'dc:creator', objects: { _text: person.name } })),
  };
}

/**
 * Atom titles and summaries are written with type="html", so plain text is escaped. `feed` escapes
 * only & in attributes: a label name with "<" would break the XML, so such a category keeps only its
 * term (the label's slug).
 */
function forAtom(item: Item): Item {
  return {
    ...item,
    title: escapeText(item.title),
    description: item.description && escapeText(item.description),
    category: item.category?.map((category) => (category.name?.includes('<') ? { ...category, name: undefined } : category)),
  };
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

/** `feed` writes JSON Feed 1.0; 1.1 renames `author` to a list, `authors`. */
function toJsonFeed11(json: string): string {
  const { author, items, ...feed } = JSON.parse(json) as {
    author?: JsonFeedAuthor;
    items: ({ author?: JsonFeedAuthor } & Record<string, unknown>)[];
  };
  return JSON.stringify({
    ...feed,
    version: JSON_FEED_VERSION,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({
      ...item,
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
    })),
  });
}

/** Writes a feed in one format from entries made by toFeedItems. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: readonly Item[]): string {
  const options: FeedOptions = {
    id: channel.pageUrl,
    title: channel.title,
    description: channel.description,
    link: channel.pageUrl,
    updated: lastUpdated(items),
    generator: 'Inkwell',
    feedLinks: channel.feedUrls,
  };
  const feed = new Feed(options);
  const adapt = format === 'rss' ? forRss : format === 'atom' ? forAtom : (item: Item) => item;
  for (const item of items) feed.addItem(adapt(item));

  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1());
}
