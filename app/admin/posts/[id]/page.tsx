import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { PageHeader } from '@/components/admin/PageHeader';
import { PostEditorPage } from '@/components/editor/PostEditorPage';
import { canEditPost } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { getPostForEditing, loadPostForEditor } from '@/lib/posts/editor-data';
import { PUBLISH_NOTICES } from '@/lib/posts/status';
import { listRevisionsAction, restoreRevisionAction, savePostAction, transitionPostsAction } from '../actions';

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
    <>
      <h1 className="sr-only">Edit post</h1>
      <p className="mb-3 text-sm">
        <Link href="/admin/posts" className="underline-offset-4 hover:underline">
          ← All posts
        </Link>
      </p>
      <PostEditorPage
        {...data}
        initialNotice={
          typeof done === 'string' && done in PUBLISH_NOTICES ? PUBLISH_NOTICES[done as keyof typeof PUBLISH_NOTICES] : null
        }
        saveAction={savePostAction}
        transitionAction={transitionPostsAction}
        restoreAction={restoreRevisionAction}
        revisionsAction={listRevisionsAction}
      />
    </>
  );
}
