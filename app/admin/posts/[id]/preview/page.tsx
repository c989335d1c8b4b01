import type { Metadata } from 'next';
import { forbidden, notFound, redirect } from 'next/navigation';
import { PostPreview } from '@/components/editor/PostPreview';
import { getPostLabelRefs } from '@/db/queries/labels';
import { getPendingAutosave } from '@/db/queries/revisions';
import { canEditPost } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { countWords, htmlToText } from '@/lib/content/text';
import { getPostForEditing } from '@/lib/posts/editor-data';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/** The post as readers will see it, before it is published (or with edits not published yet). */
export default async function PreviewPage({ params }: PageProps<'/admin/posts/[id]/preview'>) {
  const { id } = await params;
  const user = await requirePermission('writePosts', `/admin/posts/${id}/preview`);
  const post = /^\d+$/.test(id) ? await getPostForEditing(Number(id)) : null;
  if (!post) notFound();
  // Pages have their own editor, with their own access rule.
  if (post.kind === 'page') redirect(`/admin/pages/${post.id}/preview`);
  if (!canEditPost(user, post)) forbidden();

  const [pending, labels, settings] = await Promise.all([
    post.status === 'published' ? getPendingAutosave(post.id, post.updatedAt) : null,
    getPostLabelRefs(post.id),
    getSiteSettings(),
  ]);
  const contentHtml = pending?.contentHtml ?? post.contentHtml;
  return (
    <PostPreview
      timeZone={settings.timeZone}
      post={{
        title: pending?.title ?? post.title,
        contentHtml,
        authorName: post.authorName,
        wordCount: countWords(htmlToText(contentHtml)),
        publishedAt: post.publishedAt ?? new Date(),
        labels,
        status: pending ? 'draft' : post.status,
      }}
    />
  );
}
