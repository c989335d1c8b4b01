import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from './types';
import { importTestDatabase, type CommentRow, type PostRow } from './test-support';

// A WordPress export in the shape of a real WXR file, imported into a real SQLite file and checked
// field by field.
const t = importTestDatabase('wxr');
let summary: ImportSummary;
let runImport: typeof import('./run').runImport;
let file: string;
const progress: { fraction: number; items: number; stage: string }[] = [];

const post = async (slug: string) => (await t.rows<PostRow>('select * from posts where slug = ?', [slug]))[0];
const commentsOf = async (postId: number) => t.rows<CommentRow>('select * from comments where post_id = ? order by id', [postId]);

beforeAll(async () => {
  await t.setUp();
  ({ runImport } = await import('./run'));
  file = t.fixture('wordpress.xml');
  summary = await runImport(file, { onProgress: (p) => progress.push(p) });
});

describe('importing a WordPress export', () => {
  it('counts what it created and lists what it skipped, with the reason', () => {
    expect(summary.format).toBe('wordpress-wxr');
    expect(summary.created).toEqual({ posts: 4, pages: 1, comments: 6, labels: 3, users: 2, images: 0 });
    expect(summary.skipped).toEqual([
      { kind: 'comment', item: 'comment by Other Blog on On quoting & being quoted', reason: 'pingback' },
      { kind: 'comment', item: 'comment by Trashed Tom on On quoting & being quoted', reason: 'in the trash' },
      { kind: 'post', item: 'Thrown away', reason: 'in the trash' },
    ]);
  });

  it('reports progress as the file is read, never going back, ending with the refresh', () => {
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress[0]).toEqual({ fraction: 0, items: 0, stage: 'Reading posts' });
    expect(progress.at(-1)).toEqual({ fraction: 1, items: 5, stage: 'Refreshing pages' });
  });

  it('keeps a post’s title, slug, dates, excerpt, status and author, and never the attachment', async () => {
    const p = await post('on-quoting');
    expect(p).toMatchObject({ kind: 'post', status: 'published', title: 'On quoting & being quoted', excerpt: 'Why we quote.' });
    expect(p.published_at).toBe(Date.parse('2013-01-11T20:22:19Z'));
    const [rosa] = await t.rows<{
      id: number;
      email: string;
      name: string;
      disabled_at: number | null;
      password_hash: string;
      role: string;
    }>('select * from users where id = ?', [p.author_id]);
    // Matched by address whatever its case, created disabled, with no password that can ever verify.
    expect(rosa).toMatchObject({ email: 'rosa@example.com', name: 'Rosa Luxe', role: 'author', password_hash: '!imported' });
    expect(rosa.disabled_at).not.toBeNull();
    expect(await t.rows('select * from posts where title = ?', ['pic'])).toEqual([]);
    expect(await post('thrown-away')).toBeUndefined();
  });

  it('makes paragraphs of blank lines, figures of [caption], quote figures of quotes with a source', async () => {
    const html = (await post('on-quoting')).content_html;
    expect(html).toContain('<p>Some people quote to agree. Others to argue — "Ça va?" they say, 5 &lt; 6 &amp; 7 &gt; 3.</p>');
    expect(html).toContain('<p>A second paragraph<br>\nwith a line break.</p>');
    expect(html).toMatch(
      /<figure><img src="http:\/\/marginalia\.example\/wp-content\/uploads\/2013\/01\/pic\.png" alt="A red square" width="300" height="200">\s*<figcaption>A red square, captioned<\/figcaption>\s*<\/figure>/,
    );
    expect(html).toContain(
      '<figure><blockquote id="quote-1"><p>The only way to deal with an unfree world is to become so absolutely free that your very existence is an act of rebellion.</p></blockquote><figcaption>— <cite>Albert Camus</cite></figcaption></figure>',
    );
    expect(html).toContain(
      '<figure><blockquote cite="https://example.com/source" id="quote-2"><p>Quoted with a cite attribute.</p></blockquote><figcaption>— <cite>example.com</cite></figcaption></figure>',
    );
    expect(html).toContain('<blockquote id="quote-3"><p>A quote with no source at all.</p></blockquote>');
    expect(html).not.toContain('[caption');
  });

  it('reads block-editor content as HTML, quote blocks included, through the sanitizer', async () => {
    const p = (await t.rows<PostRow>('select * from posts where title like ?', ['Grüße%']))[0];
    expect(p.title).toBe('Grüße & “smart quotes” 🎉');
    expect(p.content_html).toContain(
      '<figure><blockquote id="quote-1"><p>Words in a quote block.</p></blockquote><figcaption>— <cite>Ursula K. Le Guin</cite></figcaption></figure>',
    );
    expect(p.content_html).toContain('<p>Clean <strong>and</strong> safe.</p>');
    expect(p.content_html).not.toMatch(/script|wp:paragraph/);
  });

  it('keeps drafts as drafts and future posts as scheduled', async () => {
    expect(await post('a-draft-about-drafts')).toMatchObject({ status: 'draft', published_at: null });
    expect(await post('coming-soon')).toMatchObject({ status: 'scheduled', published_at: Date.parse('2099-01-01T09:00:00Z') });
  });

  it('brings categories and tags as labels (one label for a tag used twice)', async () => {
    const labels = await t.rows<{ name: string; slug: string }>('select name, slug from labels order by name');
    expect(labels).toEqual([
      { name: 'Camus', slug: 'camus' },
      { name: 'Poetry', slug: 'poetry' },
      { name: 'Reading', slug: 'reading' },
    ]);
    const onPost = await t.rows<{ name: string }>(
      'select l.name from post_labels pl join labels l on l.id = pl.label_id join posts p on p.id = pl.post_id where p.slug = ? order by l.name',
      ['on-quoting'],
    );
    expect(onPost.map((l) => l.name)).toEqual(['Camus', 'Poetry', 'Reading']);
  });

  it('keeps comments with author, exact date, status and threads, in Inkwell’s comment text', async () => {
    const p = await post('on-quoting');
    const list = await commentsOf(p.id);
    expect(list.map((c) => [c.author_name, c.status])).toEqual([
      ['Ann Reader', 'approved'],
      ['Rosa Luxe', 'approved'],
      ['Ann Reader', 'approved'],
      ['Cheap Pills', 'spam'],
      ['Moderated Max', 'pending'],
    ]);
    const [ann, rosa, annAgain] = list;
    expect(ann).toMatchObject({
      author_email: 'ann@example.net',
      author_url: 'https://ann.example.net',
      parent_id: null,
      created_at: Date.parse('2013-01-12T14:00:00Z'),
      approved_at: Date.parse('2013-01-12T14:00:00Z'),
    });
    expect(ann.body_source).toBe(
      'Lovely. See this essay (https://camus.example.org/rebel).\n\n> become so absolutely free\n\nExactly.',
    );
    expect(ann.body_html).toBe(
      '<p>Lovely. See this essay (<a href="https://camus.example.org/rebel" rel="nofollow ugc noopener">https://camus.example.org/rebel</a>).</p><blockquote><p>become so absolutely free</p></blockquote><p>Exactly.</p>',
    );
    // The reply listed before its parent still hangs under it.
    expect(rosa.parent_id).toBe(ann.id);
    expect(annAgain.parent_id).toBe(rosa.id);
  });

  it('imports a page as a post of kind page, with its comment', async () => {
    const about = await post('about');
    expect(about).toMatchObject({ kind: 'page', status: 'published', title: 'About' });
    expect(about.content_html).toBe('<p>I keep a commonplace book.</p>\n<p>It has two paragraphs.</p>');
    expect((await commentsOf(about.id)).map((c) => c.body_source)).toEqual(['Nice page.']);
  });

  it('records the old permalink and /?p=ID for each post, and says where they lead', async () => {
    const rows = await t.rows<{ from_path: string; slug: string }>(
      'select r.from_path, p.slug from legacy_redirects r join posts p on p.id = r.post_id order by r.from_path',
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { from_path: '/2013/01/11/on-quoting/', slug: 'on-quoting' },
        { from_path: '/?p=101', slug: 'on-quoting' },
        { from_path: '/about/', slug: 'about' },
        { from_path: '/?page_id=2', slug: 'about' },
        { from_path: '/?p=103', slug: 'a-draft-about-drafts' },
      ]),
    );
    expect(summary.redirects).toContainEqual({ from: '/2013/01/11/on-quoting/', to: '/posts/on-quoting' });
    expect(summary.redirects).toContainEqual({ from: '/?p=101', to: '/posts/on-quoting' });
    expect(summary.redirects).toContainEqual({ from: '/about/', to: '/about' });
  });

  it('creates nothing the second time, and says so', async () => {
    const before = await t.rows(
      'select (select count(*) from posts) p, (select count(*) from comments) c, (select count(*) from users) u, (select count(*) from labels) l',
    );
    const again = await runImport(file);
    expect(again.created).toEqual({ posts: 0, pages: 0, comments: 0, labels: 0, users: 0, images: 0 });
    expect(again.unchanged).toEqual({ posts: 4, pages: 1, comments: 6 });
    expect(again.redirects).toEqual([]);
    expect(
      await t.rows(
        'select (select count(*) from posts) p, (select count(*) from comments) c, (select count(*) from users) u, (select count(*) from labels) l',
      ),
    ).toEqual(before);
  });
});
