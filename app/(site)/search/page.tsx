import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';
import { parsePageNumber } from '@/lib/pagination';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { searchPosts } from '@/lib/reader/search';
import { normalizeSearchInput } from '@/lib/search/fts-query';

// The page reads searchParams, so it renders per request. It deliberately has no <Suspense>
// boundary: content streamed into one is revealed by an inline script, so without JavaScript
// a reader would see only the fallback. `instant = false` lets this route block until the
// (cached, sub-millisecond) results are ready and send them in the first HTML instead.
export const instant = false;

type SearchParams = PageProps<'/search'>['searchParams'];

async function readQuery(searchParams: SearchParams) {
  const { q, page } = await searchParams;
  return { query: normalizeSearchInput(q), page: parsePageNumber(page) ?? 1 };
}

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const { query } = await readQuery(searchParams);
  // Result pages are endless variations of the blog's own content: keep them out of search engines.
  return { title: 'Search', robots: query ? { index: false, follow: true } : undefined };
}

const searchHref = (query: string, page: number) =>
  `/search?${new URLSearchParams(page === 1 ? { q: query } : { q: query, page: String(page) })}`;

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { query, page } = await readQuery(searchParams);
  const [results, { timeZone }] = await Promise.all([searchPosts(query, page), getSiteSettings()]);
  return (
    <>
      <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight">Search</h1>
      <SearchForm query={query} />
      {results.searchable ? (
        <SearchResults query={query} timeZone={timeZone} pageHref={(n) => searchHref(query, n)} {...results} />
      ) : (
        <p className="mt-8 text-stone-600 dark:text-stone-400">
          {query
            ? 'There is nothing to search for in that. Try a word or two from the post you have in mind.'
            : 'Type a word or two to search every post’s title and text.'}
        </p>
      )}
    </>
  );
}
