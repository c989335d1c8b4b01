import 'server-only';
import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { cacheLife, cacheTag } from 'next/cache';
import { countPublishedPostMatches, searchPublishedPosts } from '@/db/queries/search';
import { cacheTags } from '@/lib/cache/tags';
import { isPageInRange, pageWindow, type PageWindow } from '@/lib/pagination';
import { buildFtsQuery } from '@/lib/search/fts-query';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/highlight';

export const SEARCH_RESULTS_PER_PAGE = 10;

type SearchHits = Awaited<ReturnType<typeof searchPublishedPosts>>;

interface SearchResults {
  searchable: boolean;
  total: number;
  hits: SearchHits;
  window: PageWindow;
}

/**
 * Recent result pages, in this process. A crawler can type endless distinct queries, so they do
 * not go to Next's 'use cache' store (shared with every reader page's data, and on a shared cache
 * handler with every instance): here the oldest are dropped past 1,000 pages or about 4 MB
 * (sizes are UTF-16 code units of the JSON; a page of 10 hits is 2-4 KB).
 */
const recentResults = new LRUCache<string, SearchResults>({
  max: 1000,
  maxSize: 4_000_000,
  sizeCalculation: (results) => JSON.stringify(results).length,
});

/**
 * A token that changes whenever any post does: it is cached under the `posts` tag, so the writes
 * that re-render post lists also start a new generation of search results. Old entries are never
 * read again and fall out of the LRU.
 */
async function resultsGeneration(): Promise<string> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  return randomUUID();
}

async function runSearch(match: string, page: number): Promise<SearchResults> {
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

/**
 * One page of search results for what a reader typed. `searchable` is false when the query has
 * no searchable word in it (empty, punctuation, operators only): the page asks for one instead.
 * Kept per (search expression, page) in a bounded LRU until a post changes.
 */
export async function searchPosts(query: string, page: number): Promise<SearchResults> {
  const match = buildFtsQuery(query);
  if (match === null) {
    return { searchable: false, total: 0, hits: [], window: pageWindow(0, SEARCH_RESULTS_PER_PAGE, 1) };
  }
  const key = JSON.stringify([await resultsGeneration(), match, page]);
  const cached = recentResults.get(key);
  if (cached) return cached;
  const results = await runSearch(match, page);
  recentResults.set(key, results);
  return results;
}
