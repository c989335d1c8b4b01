import { POST_IMAGE_SIZES } from './limits';

const EXTENSIONS: Record<string, string> = {
  'image/webp': 'webp',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/avif': 'avif',
};

/** Where a rendition is served: /media/<hash>/<width>.<ext>. The address never changes, so it is cached forever. */
export function mediaUrl(hash: string, width: number, mimeType: string): string {
  return `/media/${hash}/${width}.${EXTENSIONS[mimeType] ?? 'bin'}`;
}

/** Reads a media address's parts back; null for anything that is not one. */
export function parseMediaPath(hash: string, file: string): { hash: string; width: number; extension: string } | null {
  const match = /^(\d{1,5})\.(webp|png|jpg|gif|avif)$/.exec(file);
  if (!/^[0-9a-f]{64}$/.test(hash) || !match) return null;
  return { hash, width: Number(match[1]), extension: match[2] };
}

export function extensionOf(mimeType: string): string | undefined {
  return EXTENSIONS[mimeType];
}

export interface ImageRenditionRef {
  width: number;
  height: number;
  mimeType: string;
}

/**
 * What the editor puts in the post: `src` is the rendition closest to the reading column's width
 * (960 px, or the full size when smaller), `srcset` lists them all, width/height are the full size.
 */
export function imageAttributes(hash: string, renditions: ImageRenditionRef[], alt: string) {
  const sorted = [...renditions].sort((a, b) => a.width - b.width);
  const full = sorted[sorted.length - 1];
  const src = sorted.find((r) => r.width >= 960) ?? full;
  return {
    src: mediaUrl(hash, src.width, src.mimeType),
    srcset: sorted.map((r) => `${mediaUrl(hash, r.width, r.mimeType)} ${r.width}w`).join(', '),
    sizes: POST_IMAGE_SIZES,
    width: full.width,
    height: full.height,
    alt,
  };
}
