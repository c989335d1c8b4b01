import { JsonLd } from '@/components/seo/JsonLd';
import { PostListPage } from '@/components/post/PostListPage';
import { getPostListPage } from '@/lib/reader/data';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { blogJsonLd } from '@/lib/seo/json-ld';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';

// The whole page is static output, served from the cache until a write invalidates it.
export const ensureStatic = 'navigation';

export async function generateMetadata() {
  const settings = await getSiteSettings();
  return { alternates: pageAlternates(`${siteUrl(settings)}/`, settings.title) };
}

export default async function HomePage() {
  const settings = await getSiteSettings();
  const { posts } = await getPostListPage(1, settings.postsPerPage);
  return (
    <>
      <JsonLd data={blogJsonLd(settings, siteUrl(settings), posts)} />
      <PostListPage page={1} />
    </>
  );
}
