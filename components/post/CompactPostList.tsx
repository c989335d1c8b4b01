import Link from '@/components/site/IntentLink';
import type { PostLink } from '@/db/queries/posts';
import { PublishedDate } from '@/components/ui/PublishedDate';

/** A titled list of post links with dates, for Popular and Related posts. */
export function CompactPostList({ title, posts, timeZone }: { title: string; posts: PostLink[]; timeZone: string }) {
  if (posts.length === 0) return null;
  const headingId = `${title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {title}
      </h2>
      <ul className="mt-3 space-y-3">
        {posts.map((post) => (
          <li key={post.slug}>
            <Link
              href={`/posts/${post.slug}`}
              className="font-serif text-lg leading-snug hover:text-accent-600 hover:underline dark:hover:text-accent-400"
            >
              {post.title}
            </Link>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <PublishedDate date={post.publishedAt} timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
