import Link from '@/components/site/IntentLink';
import type { PostLink } from '@/db/queries/posts';

export function AdjacentPosts({ newer, older }: { newer: PostLink | null; older: PostLink | null }) {
  if (!newer && !older) return null;
  return (
    <nav
      aria-label="Newer and older posts"
      className="mt-12 grid gap-4 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800"
    >
      {older ? (
        <Link href={`/posts/${older.slug}`} rel="prev" className="group">
          <span className="block text-xs uppercase tracking-wider text-stone-600 dark:text-stone-400">← Older post</span>
          <span className="font-serif text-lg group-hover:text-accent-600 group-hover:underline dark:group-hover:text-accent-400">
            {older.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link href={`/posts/${newer.slug}`} rel="next" className="group sm:text-right">
          <span className="block text-xs uppercase tracking-wider text-stone-600 dark:text-stone-400">Newer post →</span>
          <span className="font-serif text-lg group-hover:text-accent-600 group-hover:underline dark:group-hover:text-accent-400">
            {newer.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
