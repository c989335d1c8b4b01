import { describe, expect, it } from 'vitest';
import { commentHtmlToText } from './comment-source';
import { quotesToFigures } from './quotes';
import { expandShortcodes, wordpressContentToHtml, wpautop } from './wp-content';

describe('wpautop', () => {
  it('makes paragraphs of blank lines and <br> of single line breaks, leaving blocks and <pre> alone', () => {
    expect(wpautop('One\ntwo\n\nThree')).toBe('<p>One<br />\ntwo</p>\n<p>Three</p>\n');
    expect(wpautop('<ul>\n<li>a</li>\n</ul>\n\nAfter')).toBe('<ul>\n<li>a</li>\n</ul>\n<p>After</p>\n');
    expect(wpautop('<pre>line 1\n\nline 3</pre>')).toBe('<pre>line 1\n\nline 3</pre>\n');
  });

  it('is not run on block-editor content', () => {
    expect(wordpressContentToHtml('<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->')).toBe(
      '<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->',
    );
  });
});

describe('shortcodes', () => {
  it('turns [caption] into a figure with its caption, from the text or the attribute', () => {
    expect(expandShortcodes('[caption id="a" width="300"]<a href="/x"><img src="/i.png" /></a> The cap[/caption]')).toBe(
      '<figure><a href="/x"><img src="/i.png" /></a><figcaption>The cap</figcaption></figure>',
    );
    expect(expandShortcodes('[caption caption="Attr cap"]<img src="/i.png">[/caption]')).toBe(
      '<figure><img src="/i.png"><figcaption>Attr cap</figcaption></figure>',
    );
  });

  it('turns embeds and players into links, code into a code block, and drops galleries', () => {
    expect(expandShortcodes('[embed]https://v.example/1[/embed]')).toBe(
      '<p><a href="https://v.example/1">https://v.example/1</a></p>',
    );
    expect(expandShortcodes('[audio mp3="https://a.example/s.mp3"][/audio]')).toBe(
      '<p><a href="https://a.example/s.mp3">https://a.example/s.mp3</a></p>',
    );
    expect(expandShortcodes('[code]<b>x</b>[/code]')).toBe('<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>');
    expect(expandShortcodes('Before [gallery ids="1,2"] after')).toBe('Before  after');
  });
});

describe('quotes with a source', () => {
  it('become the quote figure; a quote without one stays a blockquote', () => {
    expect(quotesToFigures('<blockquote><p>Words.</p><p>— Someone</p></blockquote>')).toBe(
      '<figure><blockquote><p>Words.</p></blockquote><figcaption>— <cite>Someone</cite></figcaption></figure>',
    );
    expect(quotesToFigures('<blockquote cite="https://s.example/a"><p>W</p></blockquote>')).toBe(
      '<figure><blockquote cite="https://s.example/a"><p>W</p></blockquote><figcaption>— <cite>s.example</cite></figcaption></figure>',
    );
    expect(quotesToFigures('<figure class="wp-block-pullquote"><blockquote><p>P</p><cite>Pat</cite></blockquote></figure>')).toBe(
      '<figure><blockquote><p>P</p></blockquote><figcaption>— <cite>Pat</cite></figcaption></figure>',
    );
    expect(quotesToFigures('<blockquote><p>Q</p></blockquote>\n<p><cite>MDN</cite> - reference</p><p>Next</p>')).toBe(
      '<figure><blockquote><p>Q</p></blockquote><figcaption>— <cite>MDN - reference</cite></figcaption></figure>\n<p>Next</p>',
    );
    expect(quotesToFigures('<blockquote><p>No source — just a dash inside.</p></blockquote>')).toBe(
      '<blockquote><p>No source — just a dash inside.</p></blockquote>',
    );
  });
});

describe('comments as Inkwell comment text', () => {
  it('keeps paragraphs, line breaks, quotes and links', () => {
    expect(commentHtmlToText('One<br>two<br /><br />Three')).toBe('One\ntwo\n\nThree');
    expect(commentHtmlToText('<blockquote>Quoted<br>more</blockquote>Reply')).toBe('> Quoted\n> more\n\nReply');
    expect(
      commentHtmlToText('<a href="https://x.example/a">text</a> and <a href="https://y.example/">https://y.example/</a>'),
    ).toBe('text (https://x.example/a) and https://y.example/');
    expect(commentHtmlToText('<a href="javascript:alert(1)">click</a> &amp; <b>bold</b>')).toBe('click & bold');
  });
});
