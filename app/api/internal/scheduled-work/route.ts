import { revalidateTag } from 'next/cache';
import { runScheduledWork } from '@/lib/posts/scheduled-work';
import { isSchedulerRequest } from '@/lib/posts/scheduler-token';
import { authSecret } from '@/lib/auth/secret';
import { log } from '@/lib/logging/logger';

/**
 * Publishes scheduled posts that are due and empties old trash, then invalidates the pages that
 * changed. Called by the server's own scheduler (lib/posts/scheduler.ts) with a token derived from
 * the server's secret; anyone else gets 404, as if the route did not exist.
 */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request.headers.get('authorization'), authSecret())) {
    return new Response('Not found.', { status: 404 });
  }
  const { published, purged, tags } = await runScheduledWork();
  if (published || purged) log.info({ event: 'scheduler.ran', published, purged }, 'scheduled posts published, old trash purged');
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ published, purged });
}
