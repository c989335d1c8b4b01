import { PostSummaryCard } from '@/components/post/PostSummaryCard';
import { getPostListPage, getSiteSettings } from '@/lib/reader/data';

export default async function HomePage() {
  const settings = await getSiteSettings();
  const { posts } = await getPostListPage(1, settings.postsPerPage);
  return (
    <>
      <h1 className="sr-only">Latest posts</h1>
      {posts.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">Nothing published yet.</p>
      ) : (
        posts.map((post) => <PostSummaryCard key={post.id} post={post} timeZone={settings.timeZone} />)
      )}
    </>
  );
}
