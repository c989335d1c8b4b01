import { describe, expect, it } from 'vitest';
import { asArray, parseXml, textOf } from '@/lib/testing/parse-xml';
import { feedPost } from '@/lib/testing/feed-post';
import { renderFeed, type FeedChannel } from './build';
import { toFeedItems } from './items';

const base = 'https://blog.example';
const channel: FeedChannel = {
  title: 'Notes & Quotes',
  description: 'A blog about <em>quoting</em> well.',
  pageUrl: 'https://blog.example/',
  feedUrls: {
    rss: 'https://blog.example/feed.xml',
    atom: 'https://blog.example/atom.xml',
    json: 'https://blog.example/feed.json',
  },
};
const quote =
  '<p>Before.</p><figure><blockquote cite="https://source.example/essay"><p>One.</p><p>Two.</p></blockquote>' +
  '<figcaption>— <cite>An essay</cite></figcaption></figure>';
const items = toFeedItems(
  [
    feedPost({
      id: 1,
      slug: 'older',
      title: 'Older',
      publishedAt: new Date('2025-01-01T00:00:00Z'),
      updatedAt: new Date('2025-01-05T00:00:00Z'),
    }),
    feedPost({
      id: 2,
      slug: 'q-and-a',
      title: 'Q&A: <tags> in titles',
      excerpt: 'Less < more & so on',
      contentHtml: quote,
      labels: [
        { name: 'Quotes', slug: 'quotes' },
        { name: 'A<B', slug: 'a-b' },
      ],
    }),
  ],
  base,
);

describe('renderFeed: RSS 2.0', () => {
  const { rss } = parseXml(renderFeed('rss', channel, items));
  const [first, second] = rss.channel.item;

  it('describes the blog and links to itself', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('Notes & Quotes');
    expect(rss.channel.description).toBe('A blog about <em>quoting</em> well.');
    expect(rss.channel.link).toBe('https://blog.example/');
    expect(rss.channel['atom:link'][0]['@href']).toBe('https://blog.example/feed.xml');
    expect(rss.channel.lastBuildDate).toBe(new Date('2025-03-02T08:30:00Z').toUTCString());
  });

  it('carries each post whole, newest first, with author, labels and publication date', () => {
    expect(rss.channel.item.map((item: { link: string }) => item.link)).toEqual([
      'https://blog.example/posts/q-and-a',
      'https://blog.example/posts/older',
    ]);
    expect(first.title).toBe('Q&A: <tags> in titles');
    expect(first['content:encoded']).toBe(quote);
    expect(first['dc:creator']).toEqual(['Ada Writer']);
    expect(first.category.map(textOf)).toEqual(['Quotes', 'A<B']);
    expect(first.category[0]['@domain']).toBe('https://blog.example/labels/quotes');
    expect(first.pubDate).toBe(new Date('2025-03-01T10:00:00Z').toUTCString());
    expect(textOf(first.guid)).toBe('https://blog.example/posts/q-and-a');
    expect(second.pubDate).toBe(new Date('2025-01-01T00:00:00Z').toUTCString());
  });

  it('writes the plain-text excerpt as HTML that reads back as the same text', () => {
    expect(first.description).toBe('Less &lt; more &amp; so on');
  });
});

describe('renderFeed: Atom', () => {
  const { feed } = parseXml(renderFeed('atom', channel, items));
  const [first] = feed.entry;

  it('names the blog and its own address', () => {
    expect(textOf(feed.title)).toBe('Notes & Quotes');
    expect(feed.id).toBe('https://blog.example/');
    expect(asArray<Record<string, string>>(feed.link).find((l) => l['@rel'] === 'self')?.['@href']).toBe(
      'https://blog.example/atom.xml',
    );
    expect(feed.updated).toBe('2025-03-02T08:30:00.000Z');
  });

  it('has entries with html title, content, author, categories and both dates', () => {
    expect(first.id).toBe('https://blog.example/posts/q-and-a');
    expect(first.title['@type']).toBe('html');
    expect(textOf(first.title)).toBe('Q&amp;A: &lt;tags&gt; in titles');
    expect(textOf(first.content)).toBe(quote);
    expect(first.author[0].name).toBe('Ada Writer');
    expect(first.category.map((c: Record<string, string>) => [c['@term'], c['@label']])).toEqual([
      ['quotes', 'Quotes'],
      ['a-b', undefined],
    ]);
    expect(first.published).toBe('2025-03-01T10:00:00.000Z');
    expect(first.updated).toBe('2025-03-02T08:30:00.000Z');
  });
});

describe('renderFeed: JSON Feed 1.1', () => {
  const json = JSON.parse(renderFeed('json', channel, items));

  it('is version 1.1 with the blog fields', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Notes & Quotes',
      home_page_url: 'https://blog.example/',
      feed_url: 'https://blog.example/feed.json',
    });
    expect(json.author).toBeUndefined();
  });

  it('has items with id, url, content, summary, authors, tags and dates', () => {
    expect(json.items[0]).toEqual({
      id: 'https://blog.example/posts/q-and-a',
      url: 'https://blog.example/posts/q-and-a',
      title: 'Q&A: <tags> in titles',
      content_html: quote,
      summary: 'Less < more & so on',
      date_published: '2025-03-01T10:00:00.000Z',
      date_modified: '2025-03-02T08:30:00.000Z',
      authors: [{ name: 'Ada Writer' }],
      tags: ['Quotes', 'A<B'],
    });
    expect(json.items[1].url).toBe('https://blog.example/posts/older');
  });
});

describe('renderFeed: no posts', () => {
  it('still writes valid feeds', () => {
    expect(parseXml(renderFeed('rss', channel, [])).rss.channel.title).toBe('Notes & Quotes');
    expect(parseXml(renderFeed('atom', channel, [])).feed.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(JSON.parse(renderFeed('json', channel, [])).items).toEqual([]);
  });
});
