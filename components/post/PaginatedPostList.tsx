import type { ReactNode } from 'react';
import type { PostSummary } from '@/db/queries/posts';
import type { PageWindow } from '@/lib/pagination';
import { PageNav } from '@/components/site/PageNav';
import { PostSummaryCard } from './PostSummaryCard';

export function postCount(n: number): string {
  return n === 1 ? '1 post' : `${n} posts`;
}

/** A titled, paginated list of post summaries: label and archive pages. */
export function PaginatedPostList({
  heading,
  before,
  total,
  posts,
  timeZone,
  window,
  pageHref,
}: {
  heading: string;
  /** Shown above the heading, e.g. a link back to the archive. */
  before?: ReactNode;
  total: number;
  posts: PostSummary[];
  timeZone: string;
  window: PageWindow;
  pageHref: (page: number) => string;
}) {
  return (
    <>
      <header className="mb-10 border-b border-stone-200 pb-6 dark:border-stone-800">
        {before}
        <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight">{heading}</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {postCount(total)}
          {window.pageCount > 1 && `, page ${window.page} of ${window.pageCount}`}
        </p>
      </header>
      <div>
        {posts.map((post) => (
          <PostSummaryCard key={post.id} post={post} timeZone={timeZone} />
        ))}
      </div>
      <PageNav window={window} pageHref={pageHref} />
    </>
  );
}
