import { describe, expect, it } from 'vitest';
import { shareLinks } from './links';

describe('shareLinks', () => {
  const links = shareLinks('https://blog.example/posts/a?b=1', 'Fish & “chips”');

  it('encodes the address and title into every link', () => {
    for (const { href } of links) {
      expect(href).toContain(encodeURIComponent('https://blog.example/posts/a?b=1'));
      expect(href).not.toContain('Fish & ');
    }
  });

  it('offers email and the big networks, each on its own https share page', () => {
    expect(links.map((l) => l.network)).toEqual(['Email', 'Bluesky', 'X', 'Facebook', 'LinkedIn', 'Reddit']);
    expect(links[0].href.startsWith('mailto:?subject=Fish%20%26')).toBe(true);
    expect(links.slice(1).every((l) => l.href.startsWith('https://'))).toBe(true);
  });
});
