import Link from '@/components/site/IntentLink';
import type { SearchHit } from '@/db/queries/search';
import { PageNav } from '@/components/site/PageNav';
import { PublishedDate } from '@/components/ui/PublishedDate';
import type { PageWindow } from '@/lib/pagination';
import { HighlightedText } from './HighlightedText';

export function resultCount(n: number): string {
  return n === 1 ? '1 result' : `${n} results`;
}

export function SearchResults({
  query,
  total,
  hits,
  window,
  timeZone,
  pageHref,
}: {
  query: string;
  total: number;
  hits: SearchHit[];
  window: PageWindow;
  timeZone: string;
  pageHref: (page: number) => string;
}) {
  return (
    <section aria-labelledby="search-summary" className="mt-10">
      <h2 id="search-summary" className="text-lg font-semibold">
        {resultCount(total)} for “{query}”
        {window.pageCount > 1 && (
          <span className="font-normal text-stone-600 dark:text-stone-400">
            , page {window.page} of {window.pageCount}
          </span>
        )}
      </h2>
      {total === 0 && (
        <p className="mt-3 text-stone-600 dark:text-stone-400">No posts match. Try fewer words, or another spelling.</p>
      )}
      {total > 0 && hits.length === 0 && (
        <p className="mt-3 text-stone-600 dark:text-stone-400">
          There is no page {window.page} of these results.{' '}
          <Link href={pageHref(1)} className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-400">
            See the first page
          </Link>
          .
        </p>
      )}
      {hits.length > 0 && (
        <ol className="mt-2">
          {hits.map((hit) => (
            <li key={hit.id} className="border-b border-stone-200 py-6 last:border-0 dark:border-stone-800">
              <article>
                <h3 className="font-serif text-xl font-semibold leading-snug">
                  <Link
                    href={hit.kind === 'page' ? `/${hit.slug}` : `/posts/${hit.slug}`}
                    className="hover:text-accent-600 dark:hover:text-accent-400"
                  >
                    <HighlightedText marked={hit.titleMarked} />
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  {/* A page stands outside the stream: it is marked as one instead of dated. */}
                  {hit.kind === 'page' ? 'Page' : <PublishedDate date={hit.publishedAt} timeZone={timeZone} />}
                </p>
                <p className="mt-2 font-serif leading-relaxed text-stone-700 dark:text-stone-300">
                  <HighlightedText marked={hit.snippetMarked} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <PageNav window={window} pageHref={pageHref} previousLabel="Previous results" nextLabel="More results" />
    </section>
  );
}
