import type { Metadata } from 'next';
import Link from 'next/link';
import { PostEditorPage } from '@/components/editor/PostEditorPage';
import { requirePermission } from '@/lib/auth/session';
import { listLabelNames } from '@/lib/posts/editor-data';
import { listRevisionsAction, restoreRevisionAction, savePostAction, transitionPostsAction } from '../actions';

export const metadata: Metadata = { title: 'New post' };

// The post is created by its first save (autosave or Publish); the address then becomes /admin/posts/<id>.
export default async function NewPostPage() {
  await requirePermission('writePosts', '/admin/posts/new');
  const knownLabels = await listLabelNames();
  const post = {
    id: null,
    version: 0,
    status: 'draft' as const,
    title: '',
    contentHtml: '',
    pendingChanges: false,
    settings: { slug: '', slugAuto: true, excerpt: '', labels: [], commentsOpen: true, publishedAt: null, cover: null },
  };
  return (
    <>
      <h1 className="sr-only">New post</h1>
      <p className="mb-3 text-sm">
        <Link href="/admin/posts" className="underline-offset-4 hover:underline">
          ← All posts
        </Link>
      </p>
      <PostEditorPage
        post={post}
        knownLabels={knownLabels}
        revisions={[]}
        saveAction={savePostAction}
        transitionAction={transitionPostsAction}
        restoreAction={restoreRevisionAction}
        revisionsAction={listRevisionsAction}
      />
    </>
  );
}
