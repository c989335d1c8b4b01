import { isValidSlug } from '@/lib/content/slug';
import { feedResponse } from '@/lib/feeds/response';
import { feedBaseUrl, getLabelFeed } from '@/lib/reader/feeds';

function notFound() {
  return new Response('No such label.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

// One label's posts as RSS. The label page beside it lives at /labels/[label].
export async function GET(request: Request, { params }: RouteContext<'/labels/[label]/feed.xml'>) {
  const { label } = await params;
  // Anything that cannot be a slug is answered before it reaches (and fills) the cache.
  if (!isValidSlug(label)) return notFound();
  const feed = await getLabelFeed(label, await feedBaseUrl(request));
  return feed === null ? notFound() : feedResponse('rss', feed, request);
}
