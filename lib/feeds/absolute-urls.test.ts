import { describe, expect, it } from 'vitest';
import { absolutizeHtmlUrls, absolutizeSrcset } from './absolute-urls';

const page = 'https://blog.example/posts/a-post';

describe('absolutizeHtmlUrls', () => {
  it('resolves links against the post address, as a browser would', () => {
    const html = '<p><a href="/login">a</a> <a href="#notes">b</a> <a href="other-post">c</a> <a href="../labels/x">d</a></p>';
    expect(absolutizeHtmlUrls(html, page)).toBe(
      '<p><a href="https://blog.example/login">a</a> <a href="https://blog.example/posts/a-post#notes">b</a> ' +
        '<a href="https://blog.example/posts/other-post">c</a> <a href="https://blog.example/labels/x">d</a></p>',
    );
  });

  it('rewrites image sources, srcsets and quote sources', () => {
    const html =
      '<figure><blockquote cite="/sources/essay"><p>Q</p></blockquote><figcaption>— <cite>Someone</cite></figcaption></figure>' +
      '<p><img src="/media/1.jpg" srcset="/media/1.jpg 1x, /media/1-2x.jpg 2x" alt="A cat" /></p>';
    expect(absolutizeHtmlUrls(html, page)).toBe(
      '<figure><blockquote cite="https://blog.example/sources/essay"><p>Q</p></blockquote><figcaption>— <cite>Someone</cite></figcaption></figure>' +
        '<p><img src="https://blog.example/media/1.jpg" srcset="https://blog.example/media/1.jpg 1x, https://blog.example/media/1-2x.jpg 2x" alt="A cat" /></p>',
    );
  });

  it('leaves absolute URLs, other schemes and the rest of the markup as they were', () => {
    const html =
      '<h2 id="x">T &amp; U</h2><p><a href="https://elsewhere.example/a?b=1&amp;c=2" rel="noopener">e</a> ' +
      '<a href="mailto:me@example.com">m</a> 1 &lt; 2</p><pre tabindex="0"><code>a &lt;b&gt;</code></pre>';
    expect(absolutizeHtmlUrls(html, page)).toBe(html);
  });
});

describe('absolutizeSrcset', () => {
  it('keeps width and density descriptors', () => {
    expect(absolutizeSrcset('a.jpg 480w, /b.jpg 800w', page)).toBe(
      'https://blog.example/posts/a.jpg 480w, https://blog.example/b.jpg 800w',
    );
  });

  it('splits candidates the way HTML does, with or without spaces after commas', () => {
    expect(absolutizeSrcset('/a.jpg 1x,/b.jpg 2x', page)).toBe('https://blog.example/a.jpg 1x, https://blog.example/b.jpg 2x');
    expect(absolutizeSrcset('/a.jpg, /b.jpg 2x', page)).toBe('https://blog.example/a.jpg, https://blog.example/b.jpg 2x');
  });
});
