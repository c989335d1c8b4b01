import { isbot } from 'isbot';
import { z } from 'zod';
import { recordPostView } from '@/db/queries/views';
import { authSecret } from '@/lib/auth/secret';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { refuseCrossSiteRequest } from '@/lib/http/same-origin';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { utcDay } from '@/lib/time';
import { viewVisitor } from '@/lib/views/visitor';

const viewSchema = z.object({ slug: z.string().min(1).max(200) });
// {"slug": "…"} with the longest slug fits many times over.
const MAX_BODY_BYTES = 1024;

function parseView(body: Uint8Array) {
  try {
    return viewSchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
  } catch {
    return viewSchema.safeParse(null);
  }
}

/**
 * The view beacon for Popular posts: one view per reader per post per UTC day. The reader is a
 * daily-rotated keyed hash of address and user agent (lib/views/visitor.ts); no cookie, no raw
 * address. Crawlers and link previewers are not counted, other sites cannot send it.
 */
export async function POST(request: Request) {
  const crossSite = refuseCrossSiteRequest(request);
  if (crossSite) return crossSite;
  const userAgent = request.headers.get('user-agent') ?? '';
  if (isbot(userAgent)) return new Response(null, { status: 204 });
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body) return Response.json({ error: 'Too large.' }, { status: 413 });
  const parsed = parseView(body);
  if (!parsed.success) return Response.json({ error: 'Expected {"slug": "…"}' }, { status: 400 });

  const day = utcDay(new Date());
  const visitor = viewVisitor(authSecret(), day, { ip: clientIp(request.headers), userAgent });
  const recorded = await recordPostView(parsed.data.slug, day, visitor);
  return new Response(null, { status: recorded === 'unknownPost' ? 404 : 204 });
}
