import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { media } from '../schema';

export interface NewRendition {
  hash: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: Buffer;
  alt: string;
  uploadedBy: number | null;
}

/** Stores an image's renditions; an image uploaded before (same hash) keeps its rows. */
export async function insertMediaRenditions(renditions: NewRendition[]): Promise<void> {
  if (renditions.length === 0) return;
  await db.insert(media).values(renditions).onConflictDoNothing();
}

/** One rendition's bytes, for the media route. */
export async function getMediaRendition(hash: string, width: number) {
  const [row] = await db
    .select({ bytes: media.bytes, mimeType: media.mimeType })
    .from(media)
    .where(and(eq(media.hash, hash), eq(media.width, width)))
    .limit(1);
  return row ?? null;
}

/** An image's renditions (without their bytes), narrowest first. */
export async function listMediaRenditions(hash: string) {
  return db
    .select({ id: media.id, width: media.width, height: media.height, mimeType: media.mimeType, alt: media.alt })
    .from(media)
    .where(eq(media.hash, hash))
    .orderBy(asc(media.width));
}

/** Who uploaded an image row (null when their account is gone), or null when there is no such row. */
export async function getMediaUploader(id: number): Promise<{ uploadedBy: number | null } | null> {
  const [row] = await db.select({ uploadedBy: media.uploadedBy }).from(media).where(eq(media.id, id)).limit(1);
  return row ?? null;
}

/** The rendition a post's cover points at, with its image's hash. */
export async function getMediaById(id: number) {
  const [row] = await db
    .select({
      id: media.id,
      hash: media.hash,
      width: media.width,
      height: media.height,
      mimeType: media.mimeType,
      alt: media.alt,
    })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  return row ?? null;
}
