import type { Metadata } from 'next';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';
import { notFound } from 'next/navigation';
import { PaginatedPostList } from '@/components/post/PaginatedPostList';
import { laterPages } from '@/lib/pagination';
import { prerenderedPageCount } from '@/lib/reader/prerender';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { getLabelCounts, getLabelPostsPage } from '@/lib/reader/labels';

// Shared by /labels/[label] (page 1) and /labels/[label]/page/[n]: pages are path segments, not
// ?page=N, because a static page cannot read searchParams.

export const labelPath = (slug: string, page: number) => (page === 1 ? `/labels/${slug}` : `/labels/${slug}/page/${page}`);

/**
 * Pages of labels for generateStaticParams, the most used labels first; each route prerenders only
 * the first few of them (lib/reader/prerender.ts).
 */
export async function labelPages(): Promise<{ label: string; page: number }[]> {
  const [labels, { postsPerPage }] = await Promise.all([getLabelCounts(), getSiteSettings()]);
  return [...labels]
    .sort((a, b) => b.postCount - a.postCount)
    .flatMap(({ slug, postCount }) => [
      { label: slug, page: 1 },
      ...laterPages(prerenderedPageCount(Math.ceil(postCount / postsPerPage))).map((page) => ({ label: slug, page })),
    ]);
}

async function load(slug: string, page: number) {
  const settings = await getSiteSettings();
  return { settings, data: await getLabelPostsPage(slug, page, settings.postsPerPage) };
}

export async function labelPageMetadata(slug: string, page: number): Promise<Metadata> {
  const { settings, data } = await load(slug, page);
  if (!data) return {};
  const title = `Posts labelled “${data.label.name}”`;
  return {
    title: page === 1 ? title : `${title}, page ${page}`,
    alternates: pageAlternates(`${siteUrl(settings)}${labelPath(data.label.slug, page)}`, settings.title),
  };
}

export async function LabelPage({ slug, page }: { slug: string; page: number }) {
  const { settings, data } = await load(slug, page);
  if (!data) notFound();
  return (
    <PaginatedPostList
      heading={`Posts labelled “${data.label.name}”`}
      total={data.total}
      posts={data.posts}
      timeZone={settings.timeZone}
      window={data.window}
      pageHref={(n) => labelPath(data.label.slug, n)}
    />
  );
}
