import { describe, expect, it } from 'vitest';
import { lazyLoadImages } from './lazy-images';

describe('lazyLoadImages', () => {
  it('leaves the first image eager and makes the others lazy', () => {
    expect(
      lazyLoadImages(
        '<p><img src="/media/a.png" alt="A"></p><p>text</p><figure><img src="/media/b.png" alt="B"></figure><img src="/media/c.png" alt="">',
      ),
    ).toBe(
      '<p><img src="/media/a.png" alt="A"></p><p>text</p><figure><img src="/media/b.png" alt="B" loading="lazy" decoding="async"></figure><img src="/media/c.png" alt loading="lazy" decoding="async">',
    );
  });

  it('returns a body with one image or none unchanged', () => {
    const one = '<p>a &amp; b</p><img src="/media/a.png" alt="A">';
    expect(lazyLoadImages(one)).toBe(one);
    expect(lazyLoadImages('<p>&lt;img src=x&gt;</p>')).toBe('<p>&lt;img src=x&gt;</p>');
  });

  it('keeps escaped text escaped', () => {
    expect(lazyLoadImages('<img src="/a.png"><p>&lt;script&gt;</p><img src="/b.png">')).toBe(
      '<img src="/a.png"><p>&lt;script&gt;</p><img src="/b.png" loading="lazy" decoding="async">',
    );
  });
});
