import { notFound } from 'next/navigation';
import { Pager } from '@/components/ui/Pager';
import { getPostListPage, getSiteSettings } from '@/lib/reader/data';
import { pageHrefs } from '@/lib/reader/pagination';
import { PostSummaryCard } from './PostSummaryCard';

/** One page of the home page's list of posts, newest first. */
export async function PostListPage({ page }: { page: number }) {
  const settings = await getSiteSettings();
  const { posts, pageCount } = await getPostListPage(page, settings.postsPerPage);
  if (page > 1 && posts.length === 0) notFound();

  return (
    <>
      <h1 className="sr-only">{page === 1 ? 'Latest posts' : `Posts, page ${page} of ${pageCount}`}</h1>
      {posts.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">Nothing published yet.</p>
      ) : (
        posts.map((post) => <PostSummaryCard key={post.id} post={post} timeZone={settings.timeZone} />)
      )}
      <Pager {...pageHrefs('/', page, pageCount)} label="Older and newer posts" />
    </>
  );
}
