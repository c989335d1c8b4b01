import { describe, expect, it } from 'vitest';
import { HOSTILE_VECTORS, unsafeMarkup } from '@/lib/testing/hostile-corpus';
import { renderCommentText } from './comment-text';

describe('renderCommentText', () => {
  it('escapes everything a reader types', () => {
    expect(renderCommentText('<script>alert("x")</script> & <b>bold</b>')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>',
    );
  });

  it('makes paragraphs from blank lines and <br> from single newlines', () => {
    expect(renderCommentText('one\ntwo\n\nthree')).toBe('<p>one<br>two</p><p>three</p>');
  });

  it('turns > lines into a blockquote', () => {
    expect(renderCommentText('> quoted line\n> more\n\nMy reply')).toBe(
      '<blockquote><p>quoted line<br>more</p></blockquote><p>My reply</p>',
    );
  });

  it('links web addresses with nofollow ugc noopener and never javascript:', () => {
    expect(renderCommentText('see https://example.com/a?b=1&c=2 now')).toBe(
      '<p>see <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener">https://example.com/a?b=1&amp;c=2</a> now</p>',
    );
    expect(renderCommentText('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
  });

  it.each(HOSTILE_VECTORS.map((v) => [v.id, v.payload]))('renders hostile vector %i as text only', (_id, payload) => {
    const html = renderCommentText(payload);
    expect(unsafeMarkup(html)).toEqual([]);
    // Only the tags comments make themselves: paragraphs, line breaks, quotes and links.
    expect(html.match(/<(?!\/?(p|br|blockquote|a)[\s>])[a-z]/gi) ?? []).toEqual([]);
  });
});
