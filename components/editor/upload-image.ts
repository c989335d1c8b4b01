import type { PostImageAttributes } from './extensions';

export interface UploadedImage extends PostImageAttributes {
  mediaId: number;
}

/** Sends an image to the server (which checks, re-encodes and stores it); rejects with a message for the author. */
export async function uploadImage(file: File, alt: string): Promise<UploadedImage> {
  const body = new FormData();
  body.set('file', file);
  body.set('alt', alt);
  let response: Response;
  try {
    response = await fetch('/api/media', { method: 'POST', body });
  } catch {
    throw new Error('The image could not be sent. Check your connection and try again.');
  }
  const result = (await response.json().catch(() => null)) as (UploadedImage & { error?: string }) | null;
  if (response.status === 401) throw new Error('Your session has ended. Sign in again in another tab, then try again.');
  if (!response.ok || !result || result.error) throw new Error(result?.error ?? 'The image could not be uploaded.');
  return result;
}
