import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { IMAGE_LIMITS } from '@/lib/media/limits';
import { ImageRejectedError } from '@/lib/media/process';
import { storeUploadedImage } from '@/lib/media/store';

// Room for the multipart envelope around a file at the size limit.
const MAX_REQUEST_BYTES = IMAGE_LIMITS.maxBytes + 64 * 1024;

const problem = (error: string, status: number) => Response.json({ error }, { status });

/**
 * Image uploads from the editor (a file and its alt text). Signed-in writers only; the image is
 * judged by its content, re-encoded and stored (lib/media). Answers the <img> attributes as JSON.
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again in another tab, then try again.', 401);
  if (!can(user, 'writePosts')) return problem('You do not have permission to do that.', 403);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) {
    return problem('This image is larger than 10 MB. Choose a smaller one.', 413);
  }

  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return problem('Choose an image to upload.', 400);
  if (file.size > IMAGE_LIMITS.maxBytes) return problem('This image is larger than 10 MB. Choose a smaller one.', 413);
  const alt = String(form?.get('alt') ?? '').trim().slice(0, 500);

  try {
    const stored = await storeUploadedImage(Buffer.from(await file.arrayBuffer()), alt, user.id);
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (error instanceof ImageRejectedError) return problem(error.message, 415);
    throw error;
  }
}
