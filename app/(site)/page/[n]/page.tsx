import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PostListPage } from '@/components/post/PostListPage';
import { getPostListPage, getSiteSettings } from '@/lib/reader/data';
import { parsePageNumber } from '@/lib/reader/pagination';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';

export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const settings = await getSiteSettings();
  const { pageCount } = await getPostListPage(1, settings.postsPerPage);
  // At least one entry is required; page 2 of a one-page blog is a 404 like any other missing page.
  return Array.from({ length: Math.max(1, pageCount - 1) }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: PageProps<'/page/[n]'>): Promise<Metadata> {
  const [{ n }, settings] = await Promise.all([params, getSiteSettings()]);
  return { title: `Posts, page ${n}`, alternates: pageAlternates(`${siteUrl(settings)}/page/${n}`, settings.title) };
}

export default async function OlderPostsPage({ params }: PageProps<'/page/[n]'>) {
  const page = parsePageNumber((await params).n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/');
  return <PostListPage page={page} />;
}
