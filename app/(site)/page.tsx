import { PostSummaryCard } from '@/components/post/PostSummaryCard';
import { getPostListPage, getSiteSettings } from '@/lib/reader/data';

// The whole page is static output; a slug not built yet is rendered completely before the
// response starts, so an unknown slug gets a real 404 status rather than a streamed one.
export const ensureStatic = 'navigation';

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
