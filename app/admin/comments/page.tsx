import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { countPendingComments } from '@/db/queries/dashboard';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Comments' };

// Admin-only. The moderation queue itself arrives with the comments issue, which replaces this page.
export default async function CommentsPage() {
  await requirePermission('moderateComments', '/admin/comments');
  const pending = await countPendingComments();

  return (
    <PageHeader title="Comments">
      <p>
        {pending === 0
          ? 'No comments are waiting for moderation.'
          : `${pending} ${pending === 1 ? 'comment is' : 'comments are'} waiting for moderation.`}
      </p>
    </PageHeader>
  );
}
