import { describe, expect, it } from 'vitest';
import { feedAlternateTypes, labelFeedPath } from './formats';

describe('feed formats', () => {
  it('advertises the three blog feeds, titled by the blog', () => {
    expect(feedAlternateTypes('Notes')).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Notes (RSS)' }],
      'application/atom+xml': [{ url: '/atom.xml', title: 'Notes (Atom)' }],
      'application/feed+json': [{ url: '/feed.json', title: 'Notes (JSON Feed)' }],
    });
  });

  it("puts a label's feed under its page", () => {
    expect(labelFeedPath('quotes')).toBe('/labels/quotes/feed.xml');
  });
});
