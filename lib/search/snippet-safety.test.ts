import { createClient } from '@libsql/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/search/HighlightedText';
import { buildFtsQuery } from './fts-query';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from './highlight';

// Renders the component that shows search snippets (it lives in components/search; unit tests
// run from lib/, db/ and scripts/), from the markers these modules produce.

const render = (marked: string) => renderToStaticMarkup(createElement(HighlightedText, { marked }));

describe('HighlightedText', () => {
  it('wraps matches in <mark> and nothing else', () => {
    const html = render(`a short ${S}quotation${E} is…`);
    expect(html).toMatch(/^a short <mark[^>]*>quotation<\/mark> is…$/);
  });

  it('renders markup in a post as text, never as HTML', () => {
    const html = render(`before <${S}script${E}>alert(1)</script> <img src=x onerror=alert(2)> after`);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;<mark');
    expect(html).toContain('&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; after');
  });

  it('renders what SQLite’s snippet() returns for a hostile post and a hostile query as text', async () => {
    const db = createClient({ url: ':memory:' });
    try {
      await db.batch([
        "create virtual table t using fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')",
        "insert into t (title, body) values ('<b>Bold</b> title', 'Harmless words then <script>alert(1)</script> and <iframe src=evil>.')",
      ]);
      // The query is as hostile as the post: it is quoted into a harmless FTS5 expression.
      const match = buildFtsQuery('<script> <iframe')!;
      expect(match).toBe('"<script>" "<iframe"*');
      const { rows } = await db.execute({
        sql: 'select highlight(t, 0, ?, ?) as title, snippet(t, 1, ?, ?, ?, 24) as snippet from t where t match ?',
        args: [S, E, S, E, '…', match],
      });
      expect(rows).toHaveLength(1);
      const html = render(String(rows[0].title)) + render(String(rows[0].snippet));
      expect(html).not.toMatch(/<(script|iframe|b)[\s>]/i);
      expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; title');
      expect(html).toMatch(/&lt;<mark[^>]*>script<\/mark>&gt;alert\(1\)&lt;\/<mark[^>]*>script<\/mark>&gt;/);
      expect(html).toMatch(/&lt;<mark[^>]*>iframe<\/mark> src=evil&gt;/);
    } finally {
      db.close();
    }
  });
});
