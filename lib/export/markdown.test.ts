import { describe, expect, it } from 'vitest';
import type { ExportPost } from '@/db/queries/export';
import { frontMatter, htmlToMarkdown, markdownPath, postMarkdown } from './markdown';

const post = (overrides: Partial<ExportPost> = {}): ExportPost => ({
  id: 1,
  slug: 'on-borrowed-light',
  kind: 'post',
  title: 'On borrowed light',
  contentHtml: '<p>Hello.</p>',
  excerpt: '',
  status: 'published',
  authorId: 1,
  coverMediaId: null,
  publishedAt: new Date('2024-05-01T08:30:00.000Z'),
  trashedAt: null,
  commentsOpen: true,
  createdAt: new Date('2024-04-30T08:00:00.000Z'),
  updatedAt: new Date('2024-05-02T09:00:00.000Z'),
  labels: [],
  comments: [],
  redirectsFrom: [],
  ...overrides,
});

/** Front matter as a YAML reader sees it: every value here is JSON, which YAML reads the same. */
function readFrontMatter(markdown: string): Record<string, unknown> {
  const [, block] = /^---\n([\s\S]*?)\n---\n/.exec(markdown)!;
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [, key, value] = /^(\w+): (.*)$/.exec(line)!;
      return [key, /^\d{4}-/.test(value) ? new Date(value) : JSON.parse(value)];
    }),
  );
}

describe('the quote rule', () => {
  it('keeps Inkwell’s quote figure as a blockquote whose last line is its source, linked', () => {
    const html =
      '<figure><blockquote cite="https://example.org/review" id="quote-1"><p>A quotation is a loan.</p><p>Pay it <em>back</em>.</p></blockquote>' +
      '<figcaption>— <cite>Marian Achterberg, “On Borrowed Light”</cite></figcaption></figure>';
    expect(htmlToMarkdown(`<p>Before.</p>${html}<p>After.</p>`)).toBe(
      [
        'Before.',
        '',
        '> A quotation is a loan.',
        '>',
        '> Pay it *back*.',
        '>',
        '> — [Marian Achterberg, “On Borrowed Light”](https://example.org/review)',
        '',
        'After.',
      ].join('\n'),
    );
  });

  it('writes a source without an address as text, and an address without a name as a link', () => {
    expect(
      htmlToMarkdown(
        '<figure><blockquote><p>Books are the best of things.</p></blockquote><figcaption>— <cite>Emerson</cite></figcaption></figure>',
      ),
    ).toBe('> Books are the best of things.\n>\n> — Emerson');
    expect(htmlToMarkdown('<figure><blockquote cite="https://example.org/"><p>Unsigned.</p></blockquote></figure>')).toBe(
      '> Unsigned.\n>\n> — <https://example.org/>',
    );
  });

  it('escapes a source name Markdown would read as markup, and leaves a plain quote a plain quote', () => {
    expect(
      htmlToMarkdown('<figure><blockquote><p>Q.</p></blockquote><figcaption>— <cite>*Not* [bold]</cite></figcaption></figure>'),
    ).toBe('> Q.\n>\n> — \\*Not\\* \\[bold\\]');
    expect(htmlToMarkdown('<blockquote><p>Just a quote.</p></blockquote>')).toBe('> Just a quote.');
  });
});

describe('post bodies', () => {
  it('converts headings, lists, links, code and images, pointing uploads at the zip’s copy', () => {
    const hash = 'b'.repeat(64);
    const markdown = htmlToMarkdown(
      `<h2 id="why">Why</h2><ul><li>one</li><li>two</li></ul><p>A <a href="https://example.org/">link</a> and <code>x &lt; y</code>.</p>` +
        `<pre tabindex="0"><code>let a = 1;</code></pre><p><img src="/media/${hash}/960.webp" srcset="/media/${hash}/480.webp 480w" alt="A cat" width="1200" height="800"></p>` +
        '<p><img src="https://elsewhere.example/pic.png" alt="Remote"></p>',
    );
    expect(markdown).toBe(
      [
        '## Why',
        '',
        '-   one',
        '-   two',
        '',
        'A [link](https://example.org/) and `x < y`.',
        '',
        '```',
        'let a = 1;',
        '```',
        '',
        `![A cat](../images/${hash}.webp)`,
        '',
        '![Remote](https://elsewhere.example/pic.png)',
      ].join('\n'),
    );
  });
});

describe('front matter', () => {
  it('holds title, date, labels, slug, status and kind, readable back exactly', () => {
    const tricky = 'He said: "no" — #1 \\ <b>\n2nd line\u2028 and: yes';
    const read = readFrontMatter(
      frontMatter(
        post({ title: tricky, labels: [{ id: 1, name: 'Rock & Roll: "live"', slug: 'rock-roll-live' }], excerpt: 'Short.' }),
      ),
    );
    expect(read).toEqual({
      title: tricky,
      date: new Date('2024-05-01T08:30:00.000Z'),
      updated: new Date('2024-05-02T09:00:00.000Z'),
      labels: ['Rock & Roll: "live"'],
      slug: 'on-borrowed-light',
      status: 'published',
      kind: 'post',
      excerpt: 'Short.',
    });
    expect(frontMatter(post({ title: tricky }))).not.toContain('\u2028');
  });

  it('dates a draft by its last change, and files pages apart from posts', () => {
    const draft = readFrontMatter(postMarkdown(post({ status: 'draft', publishedAt: null })));
    expect(draft.date).toEqual(new Date('2024-05-02T09:00:00.000Z'));
    expect(draft.status).toBe('draft');
    expect(markdownPath(post())).toBe('posts/on-borrowed-light.md');
    expect(markdownPath(post({ kind: 'page', slug: 'about' }))).toBe('pages/about.md');
    expect(postMarkdown(post())).toMatch(/\n---\n\nHello\.\n$/);
  });
});
