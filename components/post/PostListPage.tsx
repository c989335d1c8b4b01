import { notFound } from 'next/navigation';
import { PageNav } from '@/components/site/PageNav';
import { isPageInRange, pageWindow } from '@/lib/pagination';
import { getPostListPage } from '@/lib/reader/data';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { PostSummaryCard } from './PostSummaryCard';

export const homePageHref = (page: number) => (page === 1 ? '/' : `/page/${page}`);

/** One page of the home page's list of posts, newest first. */
export async function PostListPage({ page }: { page: number }) {
  const settings = await getSiteSettings();
  const { posts, total } = await getPostListPage(page, settings.postsPerPage);
  if (!isPageInRange(total, settings.postsPerPage, page)) notFound();
  const window = pageWindow(total, settings.postsPerPage, page);

  return (
    <>
      <h1 className="sr-only">{page === 1 ? 'Latest posts' : `Posts, page ${page} of ${window.pageCount}`}</h1>
      {posts.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">Nothing published yet.</p>
      ) : (
        posts.map((post) => <PostSummaryCard key={post.id} post={post} timeZone={settings.timeZone} />)
      )}
      <PageNav window={window} pageHref={homePageHref} />
    </>
  );
}
