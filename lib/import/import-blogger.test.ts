import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTestDatabase, type CommentRow, type PostRow } from './test-support';

// Blogger's two exports in the shape of real files, imported into a real SQLite file.
const t = importTestDatabase('blogger');
let runImport: typeof import('./run').runImport;

const post = async (slug: string) => (await t.rows<PostRow>('select * from posts where slug = ?', [slug]))[0];
const commentsOf = async (postId: number) =>
  t.rows<CommentRow>('select * from comments where post_id = ? order by created_at', [postId]);

function zipOf(entries: Record<string, string>): Promise<string> {
  const out = path.join(t.dir, `takeout-${Math.random().toString(36).slice(2)}.zip`);
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  return new Promise((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(out))
      .on('close', () => resolve(out))
      .on('error', reject),
  );
}

beforeAll(async () => {
  await t.setUp();
  ({ runImport } = await import('./run'));
});

describe('importing a Blogger backup (classic Atom)', () => {
  let summary: Awaited<ReturnType<typeof runImport>>;
  beforeAll(async () => {
    summary = await runImport(t.fixture('blogger-backup.xml'));
  });

  it('imports posts, the page and comments, and skips the removed comment, saying why', () => {
    expect(summary.format).toBe('blogger-backup');
    expect(summary.created).toEqual({ posts: 2, pages: 1, comments: 3, labels: 2, users: 0, images: 0 });
    expect(summary.skipped).toEqual([
      { kind: 'comment', item: 'comment by Unknown on /2010/11/rain-in-zurich.html', reason: 'removed on Blogger' },
    ]);
  });

  it('keeps title (decoded once more when escaped twice), dates, labels, and the owner as author', async () => {
    const p = await post('rain-in-zurich');
    expect(p).toMatchObject({ kind: 'post', status: 'published', title: "Rain in Zürich 'again'", author_id: 1 });
    expect(p.published_at).toBe(Date.parse('2010-11-27T08:21:00.000-08:00'));
    expect(p.updated_at).toBe(Date.parse('2010-11-28T09:00:00.123-08:00'));
    const labels = await t.rows<{ name: string; slug: string }>(
      'select l.name, l.slug from post_labels pl join labels l on l.id = pl.label_id where pl.post_id = ? order by l.name',
      [p.id],
    );
    expect(labels).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Opinion & Essays', slug: 'opinion-essays' },
    ]);
  });

  it('turns the quote with a dash line into a quote figure, keeping both paragraphs, entities decoded', async () => {
    const html = (await post('rain-in-zurich')).content_html;
    expect(html).toContain('<p>It rained — again. Café closed; 3 &lt; 4.</p>');
    expect(html).toContain(
      '<figure><blockquote id="quote-1"><p>Heavy rain is expected through the weekend.</p><p>Officials urged caution.</p></blockquote><figcaption>— <cite>The Daily Weather</cite></figcaption></figure>',
    );
  });

  it('keeps the draft (its app: namespace declared on the element) and the page', async () => {
    expect(await post('half-a-thought')).toMatchObject({
      status: 'draft',
      published_at: null,
      content_html: '<p>Unfinished&nbsp;draft.</p>',
    });
    expect(await post('about-me')).toMatchObject({ kind: 'page', status: 'published', title: 'About me' });
  });

  it('never imports the template or the settings (which hold e-mail addresses)', async () => {
    expect(await t.rows('select id from posts where title like ? or content_html like ?', ['%Template%', '%private@%'])).toEqual(
      [],
    );
  });

  it('keeps comments to the millisecond, threaded through their related link, links kept', async () => {
    const [first, reply] = await commentsOf((await post('rain-in-zurich')).id);
    expect(first).toMatchObject({
      author_name: 'Anonymous',
      author_email: null,
      parent_id: null,
      status: 'approved',
      created_at: 1290878130456,
    });
    // The same number as the comment's old address: ?showComment=1290878130456#c5001.
    expect(first.created_at).toBe(Date.parse('2010-11-27T09:15:30.456-08:00'));
    expect(first.body_source).toBe('Great post!\n\nSee http://rain.example.org/ & stay dry.');
    expect(first.body_html).toBe(
      '<p>Great post!</p><p>See <a href="http://rain.example.org/" rel="nofollow ugc noopener">http://rain.example.org/</a> &amp; stay dry.</p>',
    );
    expect(reply).toMatchObject({ author_name: 'Mira', parent_id: first.id, created_at: 1290880800001 });
  });

  it('puts a comment whose post is named .post-N on the page .page-N', async () => {
    const list = await commentsOf((await post('about-me')).id);
    expect(list).toMatchObject([
      { author_name: 'Page Visitor', author_url: 'https://visitor.example.com', body_source: 'Hello from the about page.' },
    ]);
  });

  it('records /YYYY/MM/slug.html and /p/slug.html', async () => {
    expect(summary.redirects).toEqual([
      { from: '/2010/11/rain-in-zurich.html', to: '/posts/rain-in-zurich' },
      { from: '/p/about-me.html', to: '/about-me' },
    ]);
    expect(await t.rows('select from_path from legacy_redirects where from_path like ? order by from_path', ['%.html'])).toEqual([
      { from_path: '/2010/11/rain-in-zurich.html' },
      { from_path: '/p/about-me.html' },
    ]);
  });

  it('reads a file whose app: prefix was never declared, and says so', async () => {
    const file = t.fixture('blogger-backup.xml', undefined, (text) =>
      text.replace(" xmlns:app='http://purl.org/atom/app#'", '').replace('blog-777.post-1002', 'blog-777.post-1099'),
    );
    const again = await runImport(file);
    expect(again.created.posts).toBe(1);
    expect(await post('half-a-thought-2')).toMatchObject({ status: 'draft' });
    expect(again.warnings).toEqual([
      'The prefix "app:" is used without being declared; it was read as http://purl.org/atom/app#.',
    ]);
  });
});

describe('importing a Blogger Google Takeout', () => {
  let feed: string;
  beforeAll(() => {
    feed = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'blogger-takeout.atom'), 'utf8');
  });

  it('reads the blog’s feed.atom inside the Takeout zip, not the Comments feed', async () => {
    const zip = await zipOf({
      'Takeout/Blogger/Blogs/Takeout Blog/feed.atom': feed,
      'Takeout/Blogger/Blogs/Takeout Blog/settings.csv': 'name,value\n',
      'Takeout/Blogger/Comments/Other blog/feed.atom': feed.replaceAll('blog-888', 'blog-999'),
    });
    const summary = await runImport(zip);
    expect(summary.format).toBe('blogger-takeout');
    expect(summary.created).toEqual({ posts: 2, pages: 1, comments: 4, labels: 2, users: 0, images: 0 });
    expect(summary.skipped).toEqual([{ kind: 'post', item: 'Binned', reason: 'in the trash' }]);
    expect(summary.redirects).toEqual([
      { from: '/2026/06/reading-writing.html', to: '/posts/reading-writing' },
      { from: '/p/contact.html', to: '/contact' },
    ]);
  });

  it('keeps the post’s fields, its ready excerpt, labels with apostrophes and the cite as a figure', async () => {
    const p = await post('reading-writing');
    expect(p).toMatchObject({
      title: 'Reading & Writing',
      excerpt: 'A ready excerpt.',
      status: 'published',
      published_at: Date.parse('2026-06-01T08:00:00.000Z'),
    });
    expect(p.content_html).toBe(
      '<p>Intro.</p><figure><blockquote cite="https://essays.example.com/a" id="quote-1"><p>Write every day.</p></blockquote><figcaption>— <cite>essays.example.com</cite></figcaption></figure>',
    );
    const labels = await t.rows<{ name: string }>(
      'select l.name from post_labels pl join labels l on l.id = pl.label_id where pl.post_id = ? order by l.name',
      [p.id],
    );
    expect(labels.map((l) => l.name)).toEqual(['Craft', "Writer's block"]);
    expect(await post('draft-in-takeout')).toMatchObject({ status: 'draft' });
    expect(await post('binned')).toBeUndefined();
  });

  it('threads a reply that comes before its parent and its post, keeps spam as spam and a page’s comment', async () => {
    const list = await commentsOf((await post('reading-writing')).id);
    expect(list.map((c) => [c.author_name, c.status, c.created_at])).toEqual([
      ['First Fred', 'approved', Date.parse('2026-06-02T09:30:00.125Z')],
      ['Nested Nora', 'approved', Date.parse('2026-06-03T10:00:00.250Z')],
      ['Spammer', 'spam', Date.parse('2026-06-04T00:00:00.000Z')],
    ]);
    expect(list[1].parent_id).toBe(list[0].id);
    expect(list[1].body_source).toBe('> quoting you\nI agree.');
    expect(list[1].body_html).toBe('<blockquote><p>quoting you</p></blockquote><p>I agree.</p>');
    expect((await commentsOf((await post('contact')).id)).map((c) => c.body_source)).toEqual(['Comment on a page.']);
  });

  it('creates nothing new from the bare feed.atom of the same blog, and says so', async () => {
    const file = path.join(t.dir, 'feed.atom');
    fs.writeFileSync(file, feed);
    const again = await runImport(file);
    expect(again.created).toEqual({ posts: 0, pages: 0, comments: 0, labels: 0, users: 0, images: 0 });
    expect(again.unchanged).toEqual({ posts: 2, pages: 1, comments: 4 });
  });
});
