import { describe, expect, it } from 'vitest';
import { countWords, htmlToText, makeExcerpt, readingMinutes } from './text';

describe('htmlToText', () => {
  it('keeps block boundaries as line breaks and decodes entities', () => {
    expect(htmlToText('<h2>Title</h2><p>Fish &amp; chips</p><blockquote><p>Quoted</p></blockquote>')).toBe(
      'Title\nFish & chips\nQuoted',
    );
  });
  it('drops tags and their scripts', () => {
    expect(htmlToText('<p>Hi <strong>there</strong><script>alert(1)</script></p>')).toBe('Hi there');
  });
});

describe('countWords and readingMinutes', () => {
  it('counts words with apostrophes and numbers', () => {
    expect(countWords("It’s 2026 and we're here")).toBe(5);
  });
  it('never says less than a minute and rounds to the nearest minute', () => {
    expect(readingMinutes(2)).toBe(1);
    expect(readingMinutes(230 * 4 + 10)).toBe(4);
    expect(readingMinutes(230 * 4 + 200)).toBe(5);
  });
});

describe('makeExcerpt', () => {
  it('returns short text unchanged', () => {
    expect(makeExcerpt('A short post.')).toBe('A short post.');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'The quick brown fox jumps over the lazy dog, again and again, until evening falls.';
    const excerpt = makeExcerpt(text, 40);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt).toBe('The quick brown fox jumps over the lazy…');
  });
});
