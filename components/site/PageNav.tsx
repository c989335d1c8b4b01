import Link from '@/components/site/IntentLink';
import type { PageWindow } from '@/lib/pagination';

const linkClass = 'font-medium text-accent-600 underline-offset-4 hover:underline dark:text-accent-400';

/**
 * Links between the pages of a list. On date-ordered lists page 1 is the newest, so the previous
 * page holds newer posts (rel="prev") and the next one older posts (rel="next").
 */
export function PageNav({
  window,
  pageHref,
  previousLabel = 'Newer posts',
  nextLabel = 'Older posts',
}: {
  window: PageWindow;
  pageHref: (page: number) => string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  if (window.pageCount <= 1) return null;
  return (
    <nav
      aria-label="Pagination"
      className="mt-10 flex items-center justify-between gap-4 border-t border-stone-200 pt-6 text-sm dark:border-stone-800"
    >
      <p className="min-w-28">
        {window.newerPage !== null && (
          <Link href={pageHref(window.newerPage)} rel="prev" className={linkClass}>
            <span aria-hidden="true">← </span>
            {previousLabel}
          </Link>
        )}
      </p>
      <p className="text-stone-600 dark:text-stone-400">
        Page {window.page} of {window.pageCount}
      </p>
      <p className="min-w-28 text-right">
        {window.olderPage !== null && (
          <Link href={pageHref(window.olderPage)} rel="next" className={linkClass}>
            {nextLabel}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </p>
    </nav>
  );
}
