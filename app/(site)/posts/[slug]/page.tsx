import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommentSection } from '@/components/comments/CommentSection';
import { AdjacentPosts } from '@/components/post/AdjacentPosts';
import { CompactPostList } from '@/components/post/CompactPostList';
import { LabelList } from '@/components/post/LabelList';
import { PostBody } from '@/components/post/PostBody';
import { PostByline } from '@/components/post/PostByline';
import { QuoteLinks } from '@/components/post/QuoteLinks';
import { ShareLinks } from '@/components/post/ShareLinks';
import { TableOfContents } from '@/components/post/TableOfContents';
import { ViewBeacon } from '@/components/post/ViewBeacon';
import { JsonLd } from '@/components/seo/JsonLd';
import { commentsCloseAt } from '@/lib/comments/policy';
import { extractHeadings } from '@/lib/content/anchors';
import { getApprovedComments, getPopularPosts, getPost, getPostNeighbours, listRecentSlugs } from '@/lib/reader/data';
import { PRERENDERED_PER_ROUTE } from '@/lib/reader/prerender';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { pageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { postComment } from './actions';

// The whole page is static output; a slug not built yet is rendered completely before the
// response starts, so an unknown slug gets a real 404 status rather than a streamed one.
export const ensureStatic = 'navigation';

// Cache Components needs at least one path at build time; other posts render on first visit, then stay cached.
export async function generateStaticParams() {
  const slugs = await listRecentSlugs(PRERENDERED_PER_ROUTE);
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: 'welcome-to-inkwell' }];
}

export async function generateMetadata({ params }: PageProps<'/posts/[slug]'>): Promise<Metadata> {
  const [post, settings] = await Promise.all([getPost((await params).slug), getSiteSettings()]);
  if (!post) return {};
  const url = absoluteUrl(siteUrl(settings), `/posts/${post.slug}`);
  return {
    title: post.title,
    description: post.excerpt,
    alternates: pageAlternates(url, settings.title),
    authors: [{ name: post.authorName }],
    openGraph: {
      type: 'article',
      url,
      title: post.title,
      description: post.excerpt,
      siteName: settings.title,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      authors: [post.authorName],
      tags: post.labels.map((l) => l.name),
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.excerpt },
  };
}

export default async function PostPage({ params }: PageProps<'/posts/[slug]'>) {
  const { slug } = await params;
  const [post, settings, popular] = await Promise.all([getPost(slug), getSiteSettings(), getPopularPosts()]);
  if (!post) notFound();
  const [comments, neighbours] = await Promise.all([
    getApprovedComments(post.id),
    getPostNeighbours(post.id, post.publishedAt.getTime()),
  ]);
  const base = siteUrl(settings);
  const url = absoluteUrl(base, `/posts/${post.slug}`);

  return (
    <>
      <JsonLd data={blogPostingJsonLd(post, base, settings)} />
      <article>
        <header className="mb-8">
          <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">{post.title}</h1>
          <div className="mt-4 space-y-3">
            <PostByline {...post} timeZone={settings.timeZone} />
            <LabelList labels={post.labels} />
          </div>
        </header>
        <TableOfContents headings={extractHeadings(post.contentHtml)} />
        <PostBody html={post.contentHtml} id="post-body" />
        <QuoteLinks containerId="post-body" />
        <ShareLinks url={url} title={post.title} />
        <AdjacentPosts newer={neighbours.newer} older={neighbours.older} />
        <CommentSection
          postSlug={post.slug}
          permalink={`/posts/${post.slug}`}
          comments={comments}
          open={post.commentsOpen}
          closesAt={commentsCloseAt(post, settings.comments.closeAfterDays)?.toISOString() ?? null}
          timeZone={settings.timeZone}
          action={postComment}
        />
      </article>
      <aside
        aria-label="More posts"
        className="mt-14 grid gap-10 border-t border-stone-200 pt-8 sm:grid-cols-2 dark:border-stone-800 print:hidden"
      >
        <CompactPostList title="Related posts" posts={neighbours.related} timeZone={settings.timeZone} />
        <CompactPostList title="Popular posts" posts={popular.filter((p) => p.slug !== post.slug)} timeZone={settings.timeZone} />
      </aside>
      <ViewBeacon slug={post.slug} />
    </>
  );
}
