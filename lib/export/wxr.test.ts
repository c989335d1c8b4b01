import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureBlog } from './testing/fixture-blog';
import { child, children, field, readXml, type XmlElement } from './testing/read-xml';

// The WXR export of a real, migrated SQLite file, read back with saxes and checked field by field,
// and against the shape of WordPress's own theme test data (namespaces, element order).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-wxr-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
process.env.SITE_URL = 'https://blog.example';

const FIXTURE = '/work/shared/fixtures/wordpress-theme-unit-test.xml';

let blog: FixtureBlog;
let xml: string;
let channel: XmlElement;
let chunks: string[];

const items = () => children(channel, 'item');
const itemById = (id: number) => items().find((item) => field(item, 'wp:post_id') === String(id))!;
const comment = (item: XmlElement, id: number) =>
  children(item, 'wp:comment').find((c) => field(c, 'wp:comment_id') === String(id))!;

/** Child element names in order, each once (repeats of the same element collapsed). */
async function storedHtml(id: number): Promise<string> {
  const { sqlite } = await import('@/db/client');
  const { rows } = await sqlite.execute({ sql: 'select content_html from posts where id = ?', args: [id] });
  return String(rows[0].content_html);
}

function order(element: XmlElement): string[] {
  return element.children.map((c) => c.name).filter((name, i, all) => all.indexOf(name) === i);
}

function isSubsequence(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const name of part) {
    at = whole.indexOf(name, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}

beforeAll(async () => {
  await (await import('@/db/migrate')).migrateDatabase();
  blog = await (await import('./testing/fixture-blog')).buildFixtureBlog();
  const { openExportSource } = await import('./source');
  const { wxrChunks } = await import('./wxr');
  chunks = [];
  for await (const chunk of wxrChunks(await openExportSource())) chunks.push(chunk);
  xml = chunks.join('');
  channel = child(child(readXml(xml), 'rss'), 'channel');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the WXR file', () => {
  it('declares the namespaces WordPress exports declare, and WXR 1.2', () => {
    const rss = child(readXml(xml), 'rss');
    const theirs = child(readXml(fs.readFileSync(FIXTURE, 'utf8')), 'rss');
    const prefixes = (element: XmlElement) =>
      Object.keys(element.attributes)
        .filter((name) => name.startsWith('xmlns:'))
        .sort();
    expect(prefixes(rss)).toEqual(prefixes(theirs));
    expect(rss.attributes.version).toBe('2.0');
    expect(rss.attributes['xmlns:wp']).toBe('http://wordpress.org/export/1.2/');
    expect(field(channel, 'wp:wxr_version')).toBe('1.2');
    expect(child(channel, 'wp:wxr_version').uri).toBe('http://wordpress.org/export/1.2/');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('orders the channel and item elements as WordPress does', () => {
    const theirs = child(child(readXml(fs.readFileSync(FIXTURE, 'utf8')), 'rss'), 'channel');
    expect(isSubsequence(order(channel), order(theirs)), order(channel).join(' ')).toBe(true);
    const theirPost = children(theirs, 'item').find(
      (item) => field(item, 'wp:post_type') === 'post' && children(item, 'wp:comment').length > 0,
    )!;
    const ours = itemById(blog.posts.quoted);
    expect(isSubsequence(order(ours), order(theirPost)), order(ours).join(' ')).toBe(true);
    expect(isSubsequence(order(comment(ours, blog.comments.top)), order(child(theirPost, 'wp:comment')))).toBe(true);
  });

  it('describes the blog, its authors without password hashes, and its labels as categories', () => {
    expect(field(channel, 'title')).toBe('Field Notes: “Quotes”');
    expect(field(channel, 'link')).toBe('https://blog.example');
    expect(field(channel, 'wp:base_blog_url')).toBe('https://blog.example');
    const authors = children(channel, 'wp:author');
    const owner = authors.find((a) => field(a, 'wp:author_id') === String(blog.ownerId))!;
    expect(field(owner, 'wp:author_login')).toBe('owner');
    expect(field(owner, 'wp:author_email')).toBe('owner@example.com');
    expect(field(owner, 'wp:author_display_name')).toBe('Olive Owner');
    const ann = authors.find((a) => field(a, 'wp:author_id') === String(blog.authorId))!;
    expect(field(ann, 'wp:author_display_name')).toBe('Ann “Quill” Author');
    expect(xml).not.toContain('argon2-secret-hash');

    const categories = children(channel, 'wp:category').map((c) => [field(c, 'wp:category_nicename'), field(c, 'wp:cat_name')]);
    expect(categories).toEqual(
      expect.arrayContaining([
        ['quotes', 'Quotes'],
        ['rock-roll', 'Rock & Roll'],
        ['ca-la-b', 'Ça & “là” <b>'],
      ]),
    );
    expect(children(channel, 'wp:tag')).toHaveLength(0);
  });

  it('writes a published post field by field, with its dates in GMT and in the blog’s time zone', async () => {
    const item = itemById(blog.posts.quoted);
    expect(field(item, 'title')).toBe('On borrowed light');
    expect(field(item, 'link')).toBe('https://blog.example/posts/on-borrowed-light');
    expect(field(item, 'guid')).toBe('https://blog.example/posts/on-borrowed-light');
    expect(child(item, 'guid').attributes.isPermaLink).toBe('false');
    expect(field(item, 'pubDate')).toBe('Wed, 01 May 2024 08:30:00 +0000');
    expect(field(item, 'dc:creator')).toBe('owner');
    expect(field(item, 'content:encoded')).toBe(await storedHtml(blog.posts.quoted));
    expect(field(item, 'content:encoded')).toContain(
      '<figcaption>— <cite>Marian Achterberg, “On Borrowed Light”</cite></figcaption>',
    );
    expect(field(item, 'excerpt:encoded')).toMatch(/^Before the quote\./);
    expect(field(item, 'wp:post_date')).toBe('2024-05-01 10:30:00');
    expect(field(item, 'wp:post_date_gmt')).toBe('2024-05-01 08:30:00');
    expect(field(item, 'wp:post_name')).toBe('on-borrowed-light');
    expect(field(item, 'wp:status')).toBe('publish');
    expect(field(item, 'wp:post_type')).toBe('post');
    expect(field(item, 'wp:comment_status')).toBe('open');
    expect(children(item, 'category').map((c) => [c.attributes.domain, c.attributes.nicename, c.text])).toEqual([
      ['category', 'quotes', 'Quotes'],
      ['category', 'rock-roll', 'Rock & Roll'],
    ]);
    const meta = children(item, 'wp:postmeta').map((m) => [field(m, 'wp:meta_key'), field(m, 'wp:meta_value')]);
    expect(meta).toEqual([
      ['_inkwell_old_path', '/2024/05/on-borrowed-light.html'],
      ['_inkwell_old_path', '/posts/borrowed-light'],
    ]);
  });

  it('maps every status, and writes the page as a WordPress page at the top level', () => {
    expect(field(itemById(blog.posts.draft), 'wp:status')).toBe('draft');
    expect(field(itemById(blog.posts.draft), 'wp:post_date_gmt')).toBe('0000-00-00 00:00:00');
    expect(field(itemById(blog.posts.draft), 'dc:creator')).toBe('ann');
    expect(field(itemById(blog.posts.scheduled), 'wp:status')).toBe('future');
    expect(field(itemById(blog.posts.scheduled), 'wp:post_date_gmt')).toBe('2030-01-01 09:00:00');
    expect(field(itemById(blog.posts.trashed), 'wp:status')).toBe('trash');
    const page = itemById(blog.pageId);
    expect(field(page, 'wp:post_type')).toBe('page');
    expect(field(page, 'link')).toBe('https://blog.example/about');
    expect(field(page, 'content:encoded')).toContain('Me, mostly.');
    expect(children(page, 'wp:comment')).toHaveLength(1);
    // The seeded welcome posts come too: every post and page is an item.
    expect(items().length).toBe(6);
  });

  it('keeps comment threads, statuses and authors', () => {
    const item = itemById(blog.posts.quoted);
    const top = comment(item, blog.comments.top);
    expect(field(top, 'wp:comment_parent')).toBe('0');
    expect(field(top, 'wp:comment_author')).toBe('Rea Der');
    expect(field(top, 'wp:comment_author_email')).toBe('rea@example.net');
    expect(field(top, 'wp:comment_author_url')).toBe('https://rea.example.net/');
    expect(field(top, 'wp:comment_author_IP')).toBe('');
    expect(field(top, 'wp:comment_date')).toBe('2024-05-01 11:00:00');
    expect(field(top, 'wp:comment_date_gmt')).toBe('2024-05-01 09:00:00');
    expect(field(top, 'wp:comment_approved')).toBe('1');
    expect(field(top, 'wp:comment_type')).toBe('comment');
    expect(field(top, 'wp:comment_content')).toContain('<blockquote>');
    expect(field(top, 'wp:comment_content')).toContain('href="https://example.net/a?b=1&amp;c=2"');

    const reply = comment(item, blog.comments.reply);
    expect(field(reply, 'wp:comment_parent')).toBe(String(blog.comments.top));
    expect(field(reply, 'wp:comment_user_id')).toBe(String(blog.ownerId));
    expect(field(comment(item, blog.comments.replyToReply), 'wp:comment_parent')).toBe(String(blog.comments.reply));
    expect(field(comment(item, blog.comments.spam), 'wp:comment_approved')).toBe('spam');
    const odd = itemById(blog.posts.odd);
    expect(field(comment(odd, blog.comments.pending), 'wp:comment_approved')).toBe('0');
    expect(field(comment(odd, blog.comments.trashed), 'wp:comment_approved')).toBe('trash');
  });

  it('carries `]]>` and odd characters through CDATA exactly', async () => {
    const { ODD_TITLE } = await import('./testing/fixture-blog');
    const item = itemById(blog.posts.odd);
    expect(child(item, 'title').cdataSections).toBe(2);
    expect(field(item, 'title')).toBe(ODD_TITLE);
    expect(field(item, 'content:encoded')).toBe(await storedHtml(blog.posts.odd));
    expect(field(item, 'content:encoded')).toContain('a[b[0]]&gt;c</code> and the text ]]&gt; inside.');
    expect(children(item, 'category')[0].text).toBe('Ça & “là” <b>');
    const reply = comment(itemById(blog.posts.quoted), blog.comments.reply);
    expect(field(reply, 'wp:comment_content')).toContain('&lt;b&gt;tags&lt;/b&gt; &amp; ]]&gt; in it');
  });

  it('is written in pieces, one post at a time', () => {
    // The head, one chunk per item, the tail: never the whole file in one string.
    expect(chunks).toHaveLength(items().length + 2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(xml.length / 2);
  });
});

describe('cdataSections', () => {
  it('splits inside every `]]>` so no section ends early, and drops characters XML cannot hold', async () => {
    const { cdataSections } = await import('./xml-writer');
    expect(cdataSections('a]]>b]]>]]>c')).toEqual(['a]]', '>b]]', '>]]', '>c']);
    expect(cdataSections('x]]]>y')).toEqual(['x]]]', '>y']);
    expect(cdataSections('bell\u0007 and \u0000nul\uFFFE')).toEqual(['bell and nul']);
    expect(cdataSections('')).toEqual(['']);
  });
});
