import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader } from '@/components/admin/PageHeader';
import { PostEditorPage } from '@/components/editor/PostEditorPage';
import { canEditPost } from '@/lib/auth/roles';
import { requirePageWriter } from '@/lib/pages/require';
import { getPostForEditing, loadPostForEditor } from '@/lib/posts/editor-data';
import { PUBLISH_NOTICES } from '@/lib/posts/status';
import { listPageRevisionsAction, restorePageRevisionAction, savePageAction, transitionPagesAction } from '../actions';

export const metadata: Metadata = { title: 'Edit page' };

export default async function EditPagePage({ params, searchParams }: PageProps<'/admin/pages/[id]'>) {
  const { id } = await params;
  const { done } = await searchParams;
  const user = await requirePageWriter(`/admin/pages/${id}`);
  const page = /^\d+$/.test(id) ? await getPostForEditing(Number(id)) : null;
  if (!page || page.kind !== 'page') notFound();
  if (!canEditPost(user, page)) forbidden();

  if (page.status === 'trashed') {
    return (
      <>
        <PageHeader title={page.title || 'Untitled'}>
          <p>
            This page is in the trash. Restore it from the trash to edit it; it is deleted for good 30 days after it was trashed.
          </p>
        </PageHeader>
        <Link href="/admin/pages?status=trashed" className="underline">
          Open the trash
        </Link>
      </>
    );
  }

  const data = await loadPostForEditor(page);
  return (
    <>
      <h1 className="sr-only">Edit page</h1>
      <p className="mb-3 text-sm">
        <Link href="/admin/pages" className="underline-offset-4 hover:underline">
          ← All pages
        </Link>
      </p>
      <PostEditorPage
        kind="page"
        {...data}
        knownLabels={[]}
        initialNotice={
          typeof done === 'string' && done in PUBLISH_NOTICES ? PUBLISH_NOTICES[done as keyof typeof PUBLISH_NOTICES] : null
        }
        saveAction={savePageAction}
        transitionAction={transitionPagesAction}
        restoreAction={restorePageRevisionAction}
        revisionsAction={listPageRevisionsAction}
      />
    </>
  );
}
