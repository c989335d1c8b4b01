/** What the blog accepts as an image upload; shared by the editor (early feedback) and the server (the check that counts). */
export const IMAGE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Longest edge of the largest stored rendition. */
  maxEdge: 2400,
  /** Widths of the responsive renditions, as far as the image is wide enough. */
  widths: [480, 960, 1600, 2400],
  /** For the file picker; the server decides by content, not by this. */
  accept: 'image/png,image/jpeg,image/webp,image/gif,image/avif',
} as const;

/** `sizes` for a post body image: the reading column is about 45rem wide on larger screens. */
export const POST_IMAGE_SIZES = '(min-width: 48rem) 45rem, 100vw';
