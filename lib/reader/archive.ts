import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import {
  countPublishedPostsBetween,
  countPublishedPostsInRanges,
  getPublicationSpan,
  listPublishedPostsBetween,
} from '@/db/queries/archive';
import { archiveFromMonthCounts, monthsBetween, periodRange, type ArchivePeriod } from '@/lib/archive/periods';
import { cacheTags } from '@/lib/cache/tags';
import { isPageInRange, pageWindow } from '@/lib/pagination';

/** Years and months with published posts and their counts, newest first, in the blog's time zone. */
export async function getArchive(timeZone: string) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  // Counted per month in SQL (index-only range counts), never by loading every post's date.
  const span = await getPublicationSpan();
  if (!span) return [];
  const months = monthsBetween(span.first, span.last, timeZone);
  const counts = await countPublishedPostsInRanges(months.map((month) => periodRange(month, timeZone)));
  return archiveFromMonthCounts(months.map((month, i) => ({ ...month, count: counts[i] })));
}

/**
 * One page of a year's or month's published posts, newest first; null when the period has no
 * posts or no such page (the page is then a 404).
 */
export async function getArchivePeriodPage(period: ArchivePeriod, page: number, perPage: number, timeZone: string) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const { start, end } = periodRange(period, timeZone);
  const total = await countPublishedPostsBetween(start, end);
  if (total === 0 || !isPageInRange(total, perPage, page)) return null;
  const window = pageWindow(total, perPage, page);
  const posts = await listPublishedPostsBetween(start, end, window);
  return { total, window, posts };
}
