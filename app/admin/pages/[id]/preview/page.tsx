import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { PageArticle } from '@/components/post/PageArticle';
import { getPendingAutosave } from '@/db/queries/revisions';
import { canEditPost } from '@/lib/auth/roles';
import { requirePageWriter } from '@/lib/pages/require';
import { getPostForEditing } from '@/lib/posts/editor-data';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/** The page as readers will see it, before it is published (or with edits not published yet). */
export default async function PagePreviewPage({ params }: PageProps<'/admin/pages/[id]/preview'>) {
  const { id } = await params;
  const user = await requirePageWriter(`/admin/pages/${id}/preview`);
  const page = /^\d+$/.test(id) ? await getPostForEditing(Number(id)) : null;
  if (!page || page.kind !== 'page') notFound();
  if (!canEditPost(user, page)) forbidden();

  const pending = page.status === 'published' ? await getPendingAutosave(page.id, page.updatedAt) : null;
  return (
    <>
      <p
        role="status"
        className="mb-8 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        Preview — {page.status === 'published' && !pending ? 'the published page' : 'not published yet'}. This is how readers will
        see it.
      </p>
      <PageArticle title={pending?.title || page.title || 'Untitled'} contentHtml={pending?.contentHtml ?? page.contentHtml} />
    </>
  );
}
