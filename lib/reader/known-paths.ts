import 'server-only';
import { countPublishedPostsBetween } from '@/db/queries/archive';
import { countPublishedPostsWithLabelSlug } from '@/db/queries/labels';
import { isPublishedPageSlug } from '@/db/queries/pages';
import { countPublishedPosts, isPublishedPostSlug } from '@/db/queries/posts';
import { readAllSettings } from '@/db/queries/settings';
import { periodRange } from '@/lib/archive/periods';
import { isPageInRange } from '@/lib/pagination';
import { parseSiteSettings } from '@/lib/settings/schema';
import { readerPathSubject, type ReaderPathSubject } from './path-subject';

type Subject = NonNullable<ReaderPathSubject>;

// Asked by proxy.ts before a reader page renders. These are live reads, never cached: a cache
// keyed by what a stranger typed is the very thing this check keeps from growing. Each is one
// indexed query (plus the settings row for lists), well under a millisecond on SQLite.

function countListed(subject: Exclude<Subject, { kind: 'post' | 'page' | 'malformed' }>, timeZone: string): Promise<number> {
  switch (subject.kind) {
    case 'label':
      return countPublishedPostsWithLabelSlug(subject.slug);
    case 'post-list':
      return countPublishedPosts();
    case 'archive': {
      const { start, end } = periodRange(subject.period, timeZone);
      return countPublishedPostsBetween(start, end);
    }
  }
}

async function exists(subject: Subject): Promise<boolean> {
  if (subject.kind === 'malformed') return false;
  if (subject.kind === 'post') return isPublishedPostSlug(subject.slug);
  if (subject.kind === 'page') return isPublishedPageSlug(subject.slug);
  // The same rule as the list pages: a list with no posts, or a page past its end, is a 404.
  const { postsPerPage, timeZone } = parseSiteSettings(await readAllSettings());
  const total = await countListed(subject, timeZone);
  return total > 0 && isPageInRange(total, postsPerPage, subject.page);
}

/**
 * False when the URL names a post, label, list page or archive period that does not exist, so
 * the request is answered 404 before the page renders (and caches) anything for it. True for
 * everything else, including URLs this check does not cover.
 */
export async function isKnownReaderPath(pathname: string): Promise<boolean> {
  const subject = readerPathSubject(pathname);
  return subject === null || exists(subject);
}
