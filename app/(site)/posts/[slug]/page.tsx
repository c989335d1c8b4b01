import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApprovedComments } from '@/components/comments/ApprovedComments';
import { LabelList } from '@/components/post/LabelList';
import { PostBody } from '@/components/post/PostBody';
import { PostByline } from '@/components/post/PostByline';
import { getApprovedComments, getPost, getSiteSettings, listRecentSlugs } from '@/lib/reader/data';

// The whole page is static output; a slug not built yet is rendered completely before the
// response starts, so an unknown slug gets a real 404 status rather than a streamed one.
export const ensureStatic = 'navigation';

// Cache Components needs at least one path at build time; other posts render on first visit, then stay cached.
export async function generateStaticParams() {
  const slugs = await listRecentSlugs(20);
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: 'welcome-to-inkwell' }];
}

export async function generateMetadata({ params }: PageProps<'/posts/[slug]'>): Promise<Metadata> {
  const post = await getPost((await params).slug);
  return post ? { title: post.title, description: post.excerpt } : {};
}

export default async function PostPage({ params }: PageProps<'/posts/[slug]'>) {
  const { slug } = await params;
  const [post, settings] = await Promise.all([getPost(slug), getSiteSettings()]);
  if (!post) notFound();
  const comments = await getApprovedComments(post.id);

  return (
    <article>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">{post.title}</h1>
        <div className="mt-4 space-y-3">
          <PostByline {...post} timeZone={settings.timeZone} />
          <LabelList labels={post.labels} />
        </div>
      </header>
      <PostBody html={post.contentHtml} />
      <ApprovedComments comments={comments} timeZone={settings.timeZone} />
    </article>
  );
}
