import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommentSection } from '@/components/comments/CommentSection';
import { PageArticle } from '@/components/post/PageArticle';
import { commentsCloseAt } from '@/lib/comments/policy';
import { getApprovedComments } from '@/lib/reader/data';
import { getPage, listPageSlugs } from '@/lib/reader/pages';
import { prerendered } from '@/lib/reader/prerender';
import { pageAlternates } from '@/lib/seo/alternates';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { postComment } from '../posts/[slug]/actions';

// A standalone page at the top level (/about), static like the post page: a slug not built yet is
// rendered completely before the response starts, so an unknown one is a real 404 — and proxy.ts
// answers made-up ones before they render at all (docs/caching.md, "Unknown URLs"). The app's own
// top-level routes are static segments, which Next matches before this one.
export const ensureStatic = 'navigation';

// Cache Components needs at least one path at build time; the welcome content has an About page.
export async function generateStaticParams() {
  const slugs = prerendered(await listPageSlugs());
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: 'about' }];
}

export async function generateMetadata({ params }: PageProps<'/[slug]'>): Promise<Metadata> {
  const [page, settings] = await Promise.all([getPage((await params).slug), getSiteSettings()]);
  if (!page) return {};
  const url = absoluteUrl(siteUrl(settings), `/${page.slug}`);
  return {
    title: page.title,
    description: page.excerpt,
    alternates: pageAlternates(url, settings.title),
    openGraph: { type: 'website', url, title: page.title, description: page.excerpt, siteName: settings.title },
  };
}

export default async function StandalonePage({ params }: PageProps<'/[slug]'>) {
  const { slug } = await params;
  const [page, settings] = await Promise.all([getPage(slug), getSiteSettings()]);
  if (!page) notFound();
  // Comments are closed on a page unless its author opened them; a closed page with none shows nothing.
  const comments = page.commentsOpen ? await getApprovedComments(page.id) : [];

  return (
    <>
      <PageArticle title={page.title} contentHtml={page.contentHtml} />
      {page.commentsOpen && (
        <CommentSection
          postSlug={page.slug}
          permalink={`/${page.slug}`}
          comments={comments}
          open
          closesAt={
            page.publishedAt
              ? (commentsCloseAt({ publishedAt: page.publishedAt }, settings.comments.closeAfterDays)?.toISOString() ?? null)
              : null
          }
          timeZone={settings.timeZone}
          action={postComment}
        />
      )}
    </>
  );
}
