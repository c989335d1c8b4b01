import Link from 'next/link';

/** Newer/Older navigation between pages of a post list; hrefs are absent at either end. */
export function Pager({ newerHref, olderHref, label = 'Pages' }: { newerHref?: string; olderHref?: string; label?: string }) {
  if (!newerHref && !olderHref) return null;
  const linkClass =
    'rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:border-accent-600 hover:text-accent-600 dark:border-stone-700 dark:hover:border-accent-400 dark:hover:text-accent-400';
  return (
    <nav aria-label={label} className="mt-10 flex justify-between gap-4">
      {newerHref ? (
        <Link href={newerHref} rel="prev" className={linkClass}>
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      {olderHref && (
        <Link href={olderHref} rel="next" className={linkClass}>
          Older posts →
        </Link>
      )}
    </nav>
  );
}
