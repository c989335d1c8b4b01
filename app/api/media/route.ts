import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { refuseCrossSiteRequest } from '@/lib/http/same-origin';
import { IMAGE_LIMITS } from '@/lib/media/limits';
import { ImageRejectedError } from '@/lib/media/process';
import { storeUploadedImage } from '@/lib/media/store';

// Room for the multipart envelope around a file at the size limit.
const MAX_REQUEST_BYTES = IMAGE_LIMITS.maxBytes + 64 * 1024;
const TOO_LARGE = 'This image is larger than 10 MB. Choose a smaller one.';

const problem = (error: string, status: number) => Response.json({ error }, { status });

/**
 * Image uploads from the editor (a file and its alt text). Signed-in writers only; the image is
 * judged by its content, re-encoded and stored (lib/media). Answers the <img> attributes as JSON.
 */
export async function POST(request: Request) {
  const crossSite = refuseCrossSiteRequest(request);
  if (crossSite) return crossSite;
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again in another tab, then try again.', 401);
  if (!can(user, 'writePosts')) return problem('You do not have permission to do that.', 403);

  // An honest Content-Length over the limit is refused before anything is read.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) return problem(TOO_LARGE, 413);
  // Counted while reading, before the multipart is parsed: Content-Length is absent from a chunked
  // body and can lie, and request.formData() would read the whole body into memory first.
  const body = await readLimitedBody(request, MAX_REQUEST_BYTES);
  if (!body) return problem(TOO_LARGE, 413);
  const contentType = request.headers.get('content-type') ?? '';
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return problem('Choose an image to upload.', 400);
  if (file.size > IMAGE_LIMITS.maxBytes) return problem(TOO_LARGE, 413);
  const alt = String(form?.get('alt') ?? '')
    .trim()
    .slice(0, 500);

  try {
    const stored = await storeUploadedImage(Buffer.from(await file.arrayBuffer()), alt, user.id);
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (error instanceof ImageRejectedError) return problem(error.message, 415);
    throw error;
  }
}
