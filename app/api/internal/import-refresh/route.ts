import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { authSecret } from '@/lib/auth/secret';
import { isImportRefreshRequest, REFRESHABLE_TAG } from '@/lib/import/refresh-token';
import { log } from '@/lib/logging/logger';

const bodySchema = z.object({ tags: z.array(z.string().regex(REFRESHABLE_TAG)).max(100_000) });

/**
 * Refreshes the reader pages an import touched, once, at its end. Called by the importer (the CLI or
 * /admin/import) with a token derived from the server's secret; anyone else gets 404.
 */
export async function POST(request: Request) {
  if (!isImportRefreshRequest(request.headers.get('authorization'), authSecret())) {
    return new Response('Not found.', { status: 404 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response('Bad request.', { status: 400 });
  for (const tag of new Set(parsed.data.tags)) revalidateTag(tag, { expire: 0 });
  log.info({ event: 'import.refreshed', tags: parsed.data.tags.length }, 'pages refreshed after an import');
  return Response.json({ refreshed: parsed.data.tags.length });
}
