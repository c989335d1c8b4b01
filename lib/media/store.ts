import 'server-only';
import { insertMediaRenditions, listMediaRenditions } from '@/db/queries/media';
import { processImage } from './process';
import { imageAttributes } from './urls';

/**
 * Processes an upload and stores its renditions (an image uploaded before is stored once).
 * Returns the <img> attributes for the editor and the full-size row's id (for a post's cover).
 */
export async function storeUploadedImage(input: Buffer, alt: string, uploadedBy: number | null) {
  const { hash, renditions } = await processImage(input);
  await insertMediaRenditions(renditions.map((r) => ({ ...r, hash, alt, uploadedBy })));
  const stored = await listMediaRenditions(hash);
  const full = stored[stored.length - 1];
  return { mediaId: full.id, ...imageAttributes(hash, stored, alt) };
}
