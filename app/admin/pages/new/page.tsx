import type { Metadata } from 'next';
import Link from 'next/link';
import { PostEditorPage } from '@/components/editor/PostEditorPage';
import { requirePageWriter } from '@/lib/pages/require';
import { listPageRevisionsAction, restorePageRevisionAction, savePageAction, transitionPagesAction } from '../actions';

export const metadata: Metadata = { title: 'New page' };

// The post editor, for a page: created by its first save, then at /admin/pages/<id>.
export default async function NewPagePage() {
  await requirePageWriter('/admin/pages/new');
  const page = {
    id: null,
    version: 0,
    status: 'draft' as const,
    title: '',
    contentHtml: '',
    pendingChanges: false,
    // Comments are closed on a new page: an About page is rarely a conversation.
    settings: { slug: '', slugAuto: true, excerpt: '', labels: [], commentsOpen: false, publishedAt: null, cover: null },
  };
  return (
    <>
      <h1 className="sr-only">New page</h1>
      <p className="mb-3 text-sm">
        <Link href="/admin/pages" className="underline-offset-4 hover:underline">
          ← All pages
        </Link>
      </p>
      <PostEditorPage
        kind="page"
        post={page}
        knownLabels={[]}
        revisions={[]}
        saveAction={savePageAction}
        transitionAction={transitionPagesAction}
        restoreAction={restorePageRevisionAction}
        revisionsAction={listPageRevisionsAction}
      />
    </>
  );
}
