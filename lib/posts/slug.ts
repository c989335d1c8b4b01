import type { PostKind } from '@/db/schema';
import { isValidSlug, SLUG_MAX_LENGTH, slugify } from '@/lib/content/slug';
import { reservedSlugProblem } from '@/lib/pages/reserved-slugs';

/**
 * Why a slug an author typed cannot be used, in words they can act on; null when it is fine. A page
 * lives at the top level (`/<slug>`), so it may not take a name the app's own routes use.
 */
export function slugProblem(slug: string, kind: PostKind = 'post'): string | null {
  if (slug.length === 0) return 'Give the post a slug, or leave it empty to make one from the title.';
  if (slug.length > SLUG_MAX_LENGTH) return `Keep the slug to ${SLUG_MAX_LENGTH} characters or fewer.`;
  if (/[A-Z]/.test(slug)) return 'Use lower-case letters in the slug.';
  if (/\s/.test(slug)) return 'Use hyphens instead of spaces in the slug (like my-first-post).';
  if (/^-|-$/.test(slug)) return 'A slug cannot start or end with a hyphen.';
  if (/--/.test(slug)) return 'Use single hyphens between words in the slug.';
  if (!isValidSlug(slug)) return 'Use only lower-case letters (a–z), digits and hyphens in the slug.';
  return kind === 'page' ? reservedSlugProblem(slug) : null;
}

/** The slug a title gives, before making it unique. An untitled draft is "untitled". */
export function slugFromTitle(title: string): string {
  return title.trim() ? slugify(title, SLUG_MAX_LENGTH) : 'untitled';
}

/**
 * `base`, or `base-2`, `base-3`… — the first that `isTaken` says is free. Suffixes keep the result within
 * the length limit by shortening the base.
 */
export async function uniqueSlug(base: string, isTaken: (slug: string) => boolean | Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
