import { describe, expect, it } from 'vitest';
import { addAnchors, extractHeadings } from './anchors';

describe('addAnchors', () => {
  it('gives headings unique ids from their text and quotes numbered ids', () => {
    const html = addAnchors(
      '<h2>Why quote?</h2><p>a &amp; b</p><h3>Why quote?</h3><figure><blockquote cite="https://x.org"><p>q</p></blockquote></figure><blockquote><p>r</p></blockquote>',
    );
    expect(html).toBe(
      '<h2 id="why-quote">Why quote?</h2><p>a &amp; b</p><h3 id="why-quote-2">Why quote?</h3><figure><blockquote cite="https://x.org" id="quote-1"><p>q</p></blockquote></figure><blockquote id="quote-2"><p>r</p></blockquote>',
    );
  });

  it('keeps escaped text escaped', () => {
    expect(addAnchors('<p>&lt;script&gt;</p>')).toBe('<p>&lt;script&gt;</p>');
  });
});

describe('extractHeadings', () => {
  it('lists h2 and h3 with ids in document order', () => {
    expect(extractHeadings('<h2 id="a">A</h2><p>x</p><h3 id="b">B &amp; C</h3><h4>D</h4>')).toEqual([
      { id: 'a', text: 'A', level: 2 },
      { id: 'b', text: 'B & C', level: 3 },
    ]);
  });
});
