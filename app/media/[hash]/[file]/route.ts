import { getMediaRendition } from '@/db/queries/media';
import { extensionOf, parseMediaPath } from '@/lib/media/urls';

function notFound() {
  return new Response('No such image.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves stored images. An address names the content (its hash) and the rendition (its width), so
 * it never changes meaning: browsers and proxies may keep it for a year without asking again.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[hash]/[file]'>) {
  const { hash, file } = await params;
  const path = parseMediaPath(hash, file);
  if (!path) return notFound();
  const rendition = await getMediaRendition(path.hash, path.width);
  if (!rendition || extensionOf(rendition.mimeType) !== path.extension) return notFound();
  return new Response(new Uint8Array(rendition.bytes), {
    headers: {
      'Content-Type': rendition.mimeType,
      'Content-Length': String(rendition.bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      // The bytes are re-encoded images, but never let a browser guess otherwise.
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
