import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { IMAGE_LIMITS } from './limits';
import { sniffImageFormat, type ImageFormat } from './sniff';

/** An upload the blog will not store, with a message for the author. */
export class ImageRejectedError extends Error {}

export interface Rendition {
  width: number;
  height: number;
  mimeType: string;
  bytes: Buffer;
}

export interface ProcessedImage {
  /** sha256 of the full-size rendition: the image's address. */
  hash: string;
  /** Narrowest first; the last one is the full size (long edge at most 2400 px). */
  renditions: Rendition[];
}

// libvips decodes into memory: cap the pixel count so a small file cannot expand into gigabytes.
const MAX_INPUT_PIXELS = 100_000_000;
const OUTPUT_MIME = 'image/webp';

// What sharp reports for each accepted format (AVIF is HEIF with AV1 compression).
function matchesSniffed(format: ImageFormat, metadata: Metadata) {
  if (format === 'avif') return metadata.format === 'heif' && metadata.compression === 'av1';
  return metadata.format === format;
}

/** Width of the full-size rendition: the long edge brought down to the limit, never enlarged. */
export function fullSizeWidth(width: number, height: number, maxEdge: number = IMAGE_LIMITS.maxEdge): number {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return Math.max(1, Math.round(width * scale));
}

export function renditionWidths(fullWidth: number): number[] {
  return [...IMAGE_LIMITS.widths.filter((w) => w < fullWidth), fullWidth];
}

/**
 * Checks an upload by its content and re-encodes it: oriented upright, metadata (EXIF, GPS, camera,
 * ICC) dropped, long edge at most 2400 px, and responsive widths for srcset. Everything is stored
 * as WebP (animated GIF and WebP stay animated); PNG and GIF, usually drawings or screenshots, are
 * encoded near-losslessly.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length > IMAGE_LIMITS.maxBytes)
    throw new ImageRejectedError('This image is larger than 10 MB. Choose a smaller one.');
  const format = sniffImageFormat(input);
  if (!format) throw new ImageRejectedError('Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded.');

  const animated = format === 'gif' || format === 'webp';
  const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated });
  let metadata: Metadata;
  try {
    metadata = await open().metadata();
  } catch {
    throw new ImageRejectedError('This file is damaged or not really an image.');
  }
  if (!matchesSniffed(format, metadata) || !metadata.width || !metadata.height) {
    throw new ImageRejectedError('Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded.');
  }

  // EXIF orientations 5–8 swap width and height.
  const swapped = (metadata.orientation ?? 1) >= 5;
  const frameHeight = metadata.pageHeight ?? metadata.height;
  const [width, height] = swapped ? [frameHeight, metadata.width] : [metadata.width, frameHeight];
  const full = fullSizeWidth(width, height);
  const lossless = format === 'png' || format === 'gif';

  const renditions: Rendition[] = [];
  try {
    for (const w of renditionWidths(full)) {
      const { data, info } = await open()
        .autoOrient()
        .resize({ width: w, withoutEnlargement: true })
        .webp(lossless ? { nearLossless: true, quality: 80, effort: 4 } : { quality: 82, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      renditions.push({ width: info.width, height: info.pageHeight ?? info.height, mimeType: OUTPUT_MIME, bytes: data });
    }
  } catch {
    throw new ImageRejectedError('This image could not be processed. Try saving it again as JPEG or PNG.');
  }

  const hash = createHash('sha256')
    .update(renditions[renditions.length - 1].bytes)
    .digest('hex');
  return { hash, renditions };
}
