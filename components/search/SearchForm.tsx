import { MAX_QUERY_LENGTH } from '@/lib/search/fts-query';

/** A plain GET form: searching works without JavaScript, and a results page has its own URL. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form role="search" action="/search" method="get" className="mt-6 flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="search-query" className="text-sm font-medium">
          Search
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        />
      </div>
      <button
        type="submit"
        className="rounded-md bg-accent-600 px-4 py-2 font-medium text-white hover:bg-stone-800 dark:bg-accent-400 dark:text-stone-950 dark:hover:bg-stone-200"
      >
        Search
      </button>
    </form>
  );
}
