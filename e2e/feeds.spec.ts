import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { WELCOME_POSTS } from '../db/seed/welcome-content';
import { slugify } from '../lib/content/slug';
import { asArray, parseXml, textOf } from '../lib/testing/parse-xml';
import { ARCHIVE_TEST_POST_COUNT } from './support/seed-archive-posts';

// What the feeds must hold on a fresh install: the welcome posts, newest first, with their labels.
const welcome = [...WELCOME_POSTS].sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo);
const quotePost = 'the-art-of-the-quoted-passage';
// The e2e database also holds older archive-test posts (e2e/support/seed-archive-posts.ts): all fit in a feed of 20.
const feedLength = welcome.length + ARCHIVE_TEST_POST_COUNT;

async function fetchOk(request: APIRequestContext, url: string, contentType: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe(contentType);
  return response.text();
}

/** Parses XML the way a browser does, strictly: anything not well-formed is a parsererror. */
async function expectWellFormed(page: Page, xml: string) {
  const error = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
    xml,
  );
  expect(error).toBeNull();
}

/** Every URL attribute in a piece of HTML, read by the browser's HTML parser. */
async function urlsIn(page: Page, html: string): Promise<string[]> {
  return page.evaluate((body) => {
    const doc = new DOMParser().parseFromString(body, 'text/html');
    return [...doc.querySelectorAll('[href], [src], [cite], [srcset]')].flatMap((el) =>
      ['href', 'src', 'cite', 'srcset'].flatMap((name) => el.getAttribute(name) ?? []),
    );
  }, html);
}

async function expectResolves(request: APIRequestContext, urls: string[]) {
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);
}

function expectPostUrl(url: string, slug: string) {
  const parsed = new URL(url);
  expect(parsed.protocol).toMatch(/^https?:$/);
  expect(parsed.pathname).toBe(`/posts/${slug}`);
}

test('the RSS feed holds the welcome posts, whole, newest first, with absolute URLs', async ({ page, request }) => {
  const xml = await fetchOk(request, '/feed.xml', 'application/rss+xml; charset=utf-8');
  await expectWellFormed(page, xml);
  const { rss } = parseXml(xml);
  expect(rss.channel.title).toBe('Inkwell');
  expect(rss.channel.description).not.toBe('');
  expect(new URL(rss.channel['atom:link'][0]['@href']).pathname).toBe('/feed.xml');

  const items = rss.channel.item;
  expect(items).toHaveLength(feedLength);
  welcome.forEach((post, i) => {
    const item = items[i];
    expect(item.title).toBe(post.title);
    expectPostUrl(item.link, post.slug);
    expect(item['dc:creator']).toEqual(['The Inkwell team']);
    expect(item.category.map(textOf).sort()).toEqual([...post.labels].sort());
    expect(Date.parse(item.pubDate)).not.toBeNaN();
  });
  const dates = items.map((item: { pubDate: string }) => Date.parse(item.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  await expectResolves(
    request,
    items.map((item: { link: string }) => item.link),
  );

  // Relative links in a post (the welcome post links to /login) are made absolute for feed readers.
  const urls = (await Promise.all(items.map((item: Record<string, string>) => urlsIn(page, item['content:encoded'])))).flat();
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url, 'every URL in feed content is absolute').toMatch(/^(https?:|mailto:)/);
});

test("a post's quote survives into the feed with its paragraphs and source", async ({ page, request }) => {
  const { rss } = parseXml(await fetchOk(request, '/feed.xml', 'application/rss+xml; charset=utf-8'));
  const item = rss.channel.item.find((i: { link: string }) => new URL(i.link).pathname === `/posts/${quotePost}`);
  const quote = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const blockquote = doc.querySelector('figure > blockquote');
    return {
      cite: blockquote?.getAttribute('cite'),
      paragraphs: blockquote?.querySelectorAll('p').length ?? 0,
      source: doc.querySelector('figure > figcaption cite')?.textContent ?? '',
    };
  }, item['content:encoded']);
  expect(quote.cite).toMatch(/^https:\/\//);
  expect(quote.paragraphs).toBeGreaterThanOrEqual(3);
  expect(quote.source).not.toBe('');
});

test('the Atom feed has the same entries, with ids, authors and both dates', async ({ page, request }) => {
  const xml = await fetchOk(request, '/atom.xml', 'application/atom+xml; charset=utf-8');
  await expectWellFormed(page, xml);
  const { feed } = parseXml(xml);
  expect(textOf(feed.title)).toBe('Inkwell');
  const self = asArray<Record<string, string>>(feed.link).find((link) => link['@rel'] === 'self');
  expect(new URL(self!['@href']).pathname).toBe('/atom.xml');

  expect(feed.entry).toHaveLength(feedLength);
  welcome.forEach((post, i) => {
    const entry = feed.entry[i];
    expectPostUrl(entry.id, post.slug);
    expectPostUrl(asArray<Record<string, string>>(entry.link)[0]['@href'], post.slug);
    expect(entry.author[0].name).toBe('The Inkwell team');
    expect(entry.category.map((c: Record<string, string>) => c['@term']).sort()).toEqual(
      post.labels.map((l) => slugify(l)).sort(),
    );
    expect(Date.parse(entry.published)).not.toBeNaN();
    expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published) - 1000);
    expect(textOf(entry.content)).toContain('<p>');
  });
});

test('the JSON Feed is version 1.1 with complete items, newest first', async ({ request }) => {
  const json = JSON.parse(await fetchOk(request, '/feed.json', 'application/feed+json; charset=utf-8'));
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.title).toBe('Inkwell');
  expect(new URL(json.feed_url).pathname).toBe('/feed.json');
  expect(new URL(json.home_page_url).pathname).toBe('/');

  expect(json.items).toHaveLength(feedLength);
  welcome.forEach((post, i) => {
    const item = json.items[i];
    expect(typeof item.id).toBe('string');
    expectPostUrl(item.url, post.slug);
    expect(item.title).toBe(post.title);
    expect(item.content_html).toContain('<p>');
    expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    expect(item.authors).toEqual([{ name: 'The Inkwell team' }]);
    expect([...item.tags].sort()).toEqual([...post.labels].sort());
  });
  const dates = json.items.map((item: { date_published: string }) => item.date_published);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("a label's feed holds only that label's posts; an unknown label's feed is a 404", async ({ page, request }) => {
  const { rss } = parseXml(await fetchOk(request, '/feed.xml', 'application/rss+xml; charset=utf-8'));
  const labelSlugs = [...new Set(welcome.flatMap((post) => post.labels.map((name) => slugify(name))))];
  expect(labelSlugs.length).toBeGreaterThan(1);

  for (const slug of labelSlugs) {
    const xml = await fetchOk(request, `/labels/${slug}/feed.xml`, 'application/rss+xml; charset=utf-8');
    await expectWellFormed(page, xml);
    const labelFeed = parseXml(xml).rss.channel;
    const expected = rss.channel.item
      .filter((item: { category: Record<string, string>[] }) =>
        item.category.some((c) => new URL(c['@domain']).pathname === `/labels/${slug}`),
      )
      .map((item: { link: string }) => item.link);
    expect(expected.length).toBeGreaterThan(0);
    expect(asArray(labelFeed.item).map((item: { link: string }) => item.link)).toEqual(expected);
  }

  expect((await request.get('/labels/no-such-label/feed.xml')).status()).toBe(404);
});

test('a feed reader polling a feed it already has is told nothing changed, with no body', async ({ request }) => {
  const label = slugify(welcome[0].labels[0]);
  for (const url of ['/feed.xml', '/atom.xml', '/feed.json', `/labels/${label}/feed.xml`]) {
    const first = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(first.status(), url).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, url).toMatch(/^W\/"/);
    const again = await request.get(url, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'br, gzip' } });
    expect(again.status(), url).toBe(304);
    expect(await again.body(), url).toHaveLength(0);
    // A reader without it, or with another version, gets the feed.
    expect((await request.get(url, { headers: { 'If-None-Match': 'W/"an-older-version"' } })).status(), url).toBe(200);
  }
});

test('the sitemap lists home, archive, labels and every post with its last change', async ({ request }) => {
  const xml = await fetchOk(request, '/sitemap.xml', 'application/xml');
  const entries: { loc: string; lastmod?: string }[] = parseXml(xml).urlset.url;
  const byPath = new Map(entries.map((entry) => [new URL(entry.loc).pathname, entry]));

  expect(byPath.has('/')).toBe(true);
  expect(byPath.has('/archive')).toBe(true);
  for (const name of new Set(welcome.flatMap((post) => post.labels))) {
    expect(byPath.has(`/labels/${slugify(name)}`), name).toBe(true);
  }

  // A post's lastmod is its updated_at: the same instant the Atom feed gives as the entry's update.
  const { feed } = parseXml(await fetchOk(request, '/atom.xml', 'application/atom+xml; charset=utf-8'));
  for (const post of welcome) {
    const entry = byPath.get(`/posts/${post.slug}`);
    const atomEntry = feed.entry.find((e: { id: string }) => new URL(e.id).pathname === `/posts/${post.slug}`);
    expect(entry, post.slug).toBeDefined();
    expect(Date.parse(entry!.lastmod!)).toBe(Date.parse(atomEntry.updated));
  }
  // Label and archive pages come with the reader pages that render them; home and posts exist now.
  await expectResolves(
    request,
    entries.map((e) => e.loc).filter((loc) => /^\/(posts\/.*)?$/.test(new URL(loc).pathname)),
  );
});

test('robots.txt names the sitemap and keeps crawlers out of private paths', async ({ request }) => {
  const text = await fetchOk(request, '/robots.txt', 'text/plain');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
    });
  const values = (key: string) => lines.filter(([k]) => k === key).map(([, v]) => v);

  expect(values('user-agent')).toEqual(['*']);
  expect(values('disallow')).toEqual(expect.arrayContaining(['/admin', '/login', '/setup', '/mail', '/api']));
  const [sitemap] = values('sitemap');
  expect(new URL(sitemap).pathname).toBe('/sitemap.xml');
  expect((await request.get(sitemap)).status()).toBe(200);
});

test("a feed reader asking for /favicon.ico gets the blog's icon; pages name the SVG alone", async ({ page, request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  // An ICO file's header: reserved 0, type 1 (icon).
  expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  // Static files carry the same security headers as pages.
  expect(icon.headers()['x-content-type-options']).toBe('nosniff');

  await page.goto('/');
  const icons = await page.locator('head link[rel="icon"]').evaluateAll((els) => els.map((el) => el.getAttribute('type')));
  expect(icons).toEqual(['image/svg+xml']);
});

test('every reader page links to the three feeds from its head', async ({ page, request }) => {
  const readerPages = ['/', ...welcome.map((post) => `/posts/${post.slug}`)];
  const expected = [
    ['application/rss+xml', '/feed.xml'],
    ['application/atom+xml', '/atom.xml'],
    ['application/feed+json', '/feed.json'],
  ];
  for (const path of readerPages) {
    await page.goto(path);
    const links = await page
      .locator('head link[rel="alternate"][type]')
      .evaluateAll((els) =>
        els.map((el) => ({ type: el.getAttribute('type'), href: (el as HTMLLinkElement).href, title: el.getAttribute('title') })),
      );
    expect(
      links.map((l) => [l.type, new URL(l.href).pathname]),
      path,
    ).toEqual(expected);
    for (const link of links) expect(link.title, path).toMatch(/^Inkwell \(/);
    await expectResolves(
      request,
      links.map((l) => l.href),
    );
  }
});
