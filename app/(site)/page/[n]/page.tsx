import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/post/PostListPage';
import { laterPages, parsePageNumber } from '@/lib/pagination';
import { prerenderedPageCount } from '@/lib/reader/prerender';
import { getPostListPage } from '@/lib/reader/data';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';

export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const settings = await getSiteSettings();
  const { pageCount } = await getPostListPage(1, settings.postsPerPage);
  const pages = laterPages(prerenderedPageCount(pageCount)).map((n) => ({ n: String(n) }));
  // At least one entry is required; page 2 of a one-page blog is a 404 like any other missing page.
  return pages.length > 0 ? pages : [{ n: '2' }];
}

// Page 1 lives at / only, so each page has one address.
const pageNumber = (n: string) => parsePageNumber(n, 2);

export async function generateMetadata({ params }: PageProps<'/page/[n]'>): Promise<Metadata> {
  const [{ n }, settings] = await Promise.all([params, getSiteSettings()]);
  if (pageNumber(n) === null) return {};
  return { title: `Posts, page ${n}`, alternates: pageAlternates(`${siteUrl(settings)}/page/${n}`, settings.title) };
}

export default async function OlderPostsPage({ params }: PageProps<'/page/[n]'>) {
  const page = pageNumber((await params).n);
  if (page === null) notFound();
  return <PostListPage page={page} />;
}
