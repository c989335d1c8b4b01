import { feedResponse } from '@/lib/feeds/response';
import { feedBaseUrl, getBlogFeed } from '@/lib/reader/feeds';

// Reading the request makes this handler dynamic; the feed itself comes from the cache (lib/reader/feeds.ts).
export async function GET(request: Request) {
  return feedResponse('rss', await getBlogFeed('rss', await feedBaseUrl(request)), request);
}
