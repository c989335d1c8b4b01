import { describe, expect, it } from 'vitest';
import { sanitizePostHtml } from './sanitize';

describe('sanitizePostHtml', () => {
  it('keeps a quote with its source', () => {
    const html =
      '<figure><blockquote cite="https://example.org/a"><p>One</p><p>Two</p></blockquote><figcaption>— <cite>Someone</cite></figcaption></figure>';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers, styles, iframes and javascript: links', () => {
    const html =
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><iframe src="https://evil"></iframe>' +
      '<a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"><style>p{}</style>';
    const out = sanitizePostHtml(html);
    expect(out).not.toMatch(/script|onclick|onerror|style|iframe|javascript:/i);
    expect(out).toContain('<p>Hi</p>');
  });

  it('drops a blockquote cite that is not a web address', () => {
    expect(sanitizePostHtml('<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>')).toBe(
      '<blockquote><p>q</p></blockquote>',
    );
  });

  it('demotes h1 to h2 and marks outbound links noopener', () => {
    expect(sanitizePostHtml('<h1>T</h1><p><a href="https://example.com">x</a></p>')).toBe(
      '<h2>T</h2><p><a href="https://example.com" rel="noopener">x</a></p>',
    );
  });

  it('makes code blocks focusable so they can be scrolled with the keyboard', () => {
    expect(sanitizePostHtml('<pre class="x"><code>a</code></pre>')).toBe('<pre tabindex="0"><code>a</code></pre>');
  });

  it('drops empty paragraphs left by pasting', () => {
    expect(sanitizePostHtml('<p></p><p>Text</p><p> </p>')).toBe('<p>Text</p>');
  });
});
