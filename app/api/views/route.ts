import { isbot } from 'isbot';
import { z } from 'zod';
import { recordPostView } from '@/db/queries/views';

const viewSchema = z.object({ slug: z.string().min(1).max(200) });

/**
 * The view beacon: counts one view per request for Popular posts, per post per UTC day.
 * Stores no cookie, IP or identifier; crawlers and link previewers are not counted.
 */
export async function POST(request: Request) {
  if (isbot(request.headers.get('user-agent'))) return new Response(null, { status: 204 });
  const parsed = viewSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Expected {"slug": "…"}' }, { status: 400 });
  const day = new Date().toISOString().slice(0, 10);
  const counted = await recordPostView(parsed.data.slug, day);
  return new Response(null, { status: counted ? 204 : 404 });
}
