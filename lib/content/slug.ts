/** The longest slug an address may carry; longer ones are cut (made) or refused (typed). */
export const SLUG_MAX_LENGTH = 80;

/**
 * Turns a title into a URL slug: lower-case ASCII words joined by hyphens.
 * Accents are folded ("Café" → "cafe"); anything else non-alphanumeric separates words.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'post';
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}
