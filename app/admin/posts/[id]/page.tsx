import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { PageHeader } from '@/components/admin/PageHeader';
import { canEditPost } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { getPostForEditing, loadPostForEditor } from '@/lib/posts/editor-data';
import { PUBLISH_NOTICES } from '@/lib/posts/status';
import { PostEditorScreen } from '../PostEditorScreen';

export const metadata: Metadata = { title: 'Edit post' };

export default async function EditPostPage({ params, searchParams }: PageProps<'/admin/posts/[id]'>) {
  const { id } = await params;
  const { done } = await searchParams;
  const user = await requirePermission('writePosts', `/admin/posts/${id}`);
  const post = /^\d+$/.test(id) ? await getPostForEditing(Number(id)) : null;
  if (!post) notFound();
  // Pages have their own editor, with their own access rule.
  if (post.kind === 'page') redirect(`/admin/pages/${post.id}`);
  if (!canEditPost(user, post)) forbidden();

  if (post.status === 'trashed') {
    return (
      <>
        <PageHeader title={post.title || 'Untitled'}>
          <p>
            This post is in the trash. Restore it from the trash to edit it; it is deleted for good 30 days after it was trashed.
          </p>
        </PageHeader>
        <Link href="/admin/posts?status=trashed" className="underline">
          Open the trash
        </Link>
      </>
    );
  }

  const data = await loadPostForEditor(post);
  return (
    <PostEditorScreen
      heading="Edit post"
      {...data}
      initialNotice={
        typeof done === 'string' && done in PUBLISH_NOTICES ? PUBLISH_NOTICES[done as keyof typeof PUBLISH_NOTICES] : null
      }
    />
  );
}
