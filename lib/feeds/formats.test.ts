import { describe, expect, it } from 'vitest';
import { feedAlternateTypes, feedResponse, labelFeedPath } from './formats';

describe('feed formats', () => {
  it('advertises the three blog feeds, titled by the blog', () => {
    expect(feedAlternateTypes('Notes')).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Notes (RSS)' }],
      'application/atom+xml': [{ url: '/atom.xml', title: 'Notes (Atom)' }],
      'application/feed+json': [{ url: '/feed.json', title: 'Notes (JSON Feed)' }],
    });
  });

  it('answers with the Content-Type of the format, in UTF-8', async () => {
    const response = feedResponse('json', '{}');
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(await response.text()).toBe('{}');
  });

  it("puts a label's feed under its page", () => {
    expect(labelFeedPath('quotes')).toBe('/labels/quotes/feed.xml');
  });
});
