import { describe, expect, it } from 'vitest';
import { feedResponse } from './response';

const feedUrl = 'https://blog.example.com/feed.json';
const asked = (headers: Record<string, string> = {}) => new Request(feedUrl, { headers });

describe('feed responses', () => {
  it('answer with the Content-Type of the format, in UTF-8, and the tag of the feed', async () => {
    const response = feedResponse('json', '{"title":"Café"}', asked());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
    expect(await response.text()).toBe('{"title":"Café"}');
  });

  it('tell a feed reader that already has this version so, with no body; another version in full', async () => {
    const feed = '{"items":[1]}'.padEnd(20_000, ' ');
    const etag = feedResponse('json', feed, asked()).headers.get('etag')!;
    const again = feedResponse('json', feed, asked({ 'If-None-Match': etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const changed = feedResponse('json', feed.replace('[1]', '[2]'), asked({ 'If-None-Match': etag }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('[2]');
  });

  it('send the whole feed to a reader that asks for no cached copy', async () => {
    const etag = feedResponse('rss', '<rss/>', asked()).headers.get('etag')!;
    expect(feedResponse('rss', '<rss/>', asked({ 'If-None-Match': etag, 'Cache-Control': 'no-cache' })).status).toBe(200);
  });
});
