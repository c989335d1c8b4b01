import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { countPublishedPostMatches, searchPublishedPosts } from '@/db/queries/search';
import { cacheTags } from '@/lib/cache/tags';
import { isPageInRange, pageWindow } from '@/lib/pagination';
import { buildFtsQuery } from '@/lib/search/fts-query';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/highlight';

export const SEARCH_RESULTS_PER_PAGE = 10;

/**
 * One page of search results for what a reader typed. `searchable` is false when the query has
 * no searchable word in it (empty, punctuation, operators only): the page asks for one instead.
 * Cached per (query, page) until a post changes; repeated searches cost no query.
 */
export async function searchPosts(query: string, page: number) {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const match = buildFtsQuery(query);
  if (match === null) {
    return { searchable: false, total: 0, hits: [], window: pageWindow(0, SEARCH_RESULTS_PER_PAGE, 1) };
  }
  const total = await countPublishedPostMatches(match);
  const window = pageWindow(total, SEARCH_RESULTS_PER_PAGE, page);
  const hits = isPageInRange(total, SEARCH_RESULTS_PER_PAGE, page)
    ? await searchPublishedPosts(match, {
        limit: window.limit,
        offset: window.offset,
        markers: { start: HIGHLIGHT_START, end: HIGHLIGHT_END },
      })
    : [];
  return { searchable: true, total, hits, window };
}
