import { parseMonth, parseYear, type ArchivePeriod } from '@/lib/archive/periods';
import { isValidSlug } from '@/lib/content/slug';
import { isReservedTopLevelName } from '@/lib/pages/reserved-slugs';
import { parsePageNumber } from '@/lib/pagination';

/**
 * What a reader URL with a parameter in it names, so its existence can be checked before the
 * page renders (lib/reader/known-paths.ts). Pages Next renders on first visit are cached per URL,
 * and that includes the 404 rendered for a slug that does not exist: left to the page, every
 * made-up URL would add an entry to the cache.
 *
 * - `null`: not a parameterised reader URL (or one with nothing cached per value): let it through.
 * - `malformed`: cannot name anything (not a slug, not a page number): a 404 without a lookup.
 */
export type ReaderPathSubject =
  | { kind: 'post'; slug: string }
  | { kind: 'page'; slug: string }
  | { kind: 'label'; slug: string; page: number }
  | { kind: 'post-list'; page: number }
  | { kind: 'archive'; period: ArchivePeriod; page: number }
  | { kind: 'malformed' }
  | null;

export const READER_PATH_PREFIXES = ['/posts/', '/labels/', '/page/', '/archive/'] as const;

/**
 * A top-level name that may be a standalone page (`/about`): one segment, and not one of the
 * names the app's own routes (and the old hosts' redirects) answer to, which pass untouched.
 */
export function isPageCandidatePath(pathname: string): boolean {
  const name = pathname.slice(1);
  return pathname.startsWith('/') && name.length > 0 && !name.includes('/') && !isReservedTopLevelName(name);
}

const malformed = { kind: 'malformed' } as const;

/** "page/<n>" after a list's own address; page 1 lives at the address itself (see docs/caching.md). */
function laterPage(rest: string[]): number | null | undefined {
  if (rest.length === 0) return 1;
  if (rest.length === 2 && rest[0] === 'page') return parsePageNumber(rest[1], 2);
  return undefined;
}

export function readerPathSubject(pathname: string): ReaderPathSubject {
  if (isPageCandidatePath(pathname)) {
    const slug = pathname.slice(1);
    return isValidSlug(slug) ? { kind: 'page', slug } : malformed;
  }
  const [section, ...segments] = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return null;
  switch (section) {
    case 'posts': {
      // The page and everything under it (its Open Graph image) exist only for a published post.
      const [slug] = segments;
      return isValidSlug(slug) ? { kind: 'post', slug } : malformed;
    }
    case 'labels': {
      const [slug, ...rest] = segments;
      if (!isValidSlug(slug)) return malformed;
      if (rest.length === 1 && rest[0] === 'feed.xml') return { kind: 'label', slug, page: 1 };
      const page = laterPage(rest);
      if (page === undefined) return null;
      return page === null ? malformed : { kind: 'label', slug, page };
    }
    case 'page': {
      if (segments.length !== 1) return null;
      const page = parsePageNumber(segments[0], 2);
      return page === null ? malformed : { kind: 'post-list', page };
    }
    case 'archive': {
      const [yearParam, ...afterYear] = segments;
      const year = parseYear(yearParam);
      if (year === null) return malformed;
      // /archive/<year>/page/<n> or /archive/<year>/<month>[/page/<n>]
      const yearPage = laterPage(afterYear);
      if (yearPage !== undefined) {
        return yearPage === null ? malformed : { kind: 'archive', period: { year, month: null }, page: yearPage };
      }
      const [monthParam, ...afterMonth] = afterYear;
      const month = parseMonth(monthParam);
      const page = laterPage(afterMonth);
      if (page === undefined) return null;
      if (month === null || page === null) return malformed;
      return { kind: 'archive', period: { year, month }, page };
    }
    default:
      return null;
  }
}
