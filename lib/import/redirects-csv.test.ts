import { describe, expect, it } from 'vitest';
import { redirectsCsv } from './redirects-csv';

describe('redirectsCsv', () => {
  it('writes a header and one quoted row per redirect, with CRLF line ends', () => {
    expect(
      redirectsCsv([
        { from: '/2024/05/my-post.html', to: '/posts/my-post' },
        { from: '/?p=42', to: '/posts/hello-world' },
      ]),
    ).toBe('from,to\r\n"/2024/05/my-post.html","/posts/my-post"\r\n"/?p=42","/posts/hello-world"\r\n');
  });

  it('escapes quotes and defuses cells a spreadsheet would run as formulas', () => {
    expect(redirectsCsv([{ from: '/a "quoted", path', to: '=HYPERLINK("x")' }])).toBe(
      'from,to\r\n"/a ""quoted"", path","\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it('is just the header when there is nothing to redirect', () => {
    expect(redirectsCsv([])).toBe('from,to\r\n');
  });
});
