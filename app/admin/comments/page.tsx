import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { ModerationQueue } from '@/components/admin/comments/ModerationQueue';
import { QueueTabs } from '@/components/admin/comments/QueueTabs';
import { countCommentsByStatus, listCommentsForModeration } from '@/db/queries/moderation';
import { COMMENT_STATUSES, type CommentStatus } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { parsePageNumber } from '@/lib/pagination';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { blockCommenter, deleteCommentsForGood, editComment, moderateComments, replyToComment, undoModeration } from './actions';

export const metadata: Metadata = { title: 'Comments' };

const PER_PAGE = 50;

function tabFrom(value: string | string[] | undefined): CommentStatus {
  return COMMENT_STATUSES.includes(value as CommentStatus) ? (value as CommentStatus) : 'pending';
}

export default async function CommentsPage({ searchParams }: PageProps<'/admin/comments'>) {
  await requirePermission('moderateComments', '/admin/comments');
  const params = await searchParams;
  const status = tabFrom(params.status);
  const page = parsePageNumber(params.page) ?? 1;
  const [counts, comments, settings] = await Promise.all([
    countCommentsByStatus(),
    listCommentsForModeration(status, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE }),
    getSiteSettings(),
  ]);

  return (
    <>
      <PageHeader title="Comments">
        <p>
          Keyboard: <kbd>j</kbd>/<kbd>k</kbd> move between comments, <kbd>a</kbd> approve, <kbd>u</kbd> unapprove, <kbd>s</kbd>{' '}
          spam, <kbd>t</kbd> trash, <kbd>x</kbd> select. Spam and trash are emptied after 30 days.
        </p>
      </PageHeader>
      <QueueTabs current={status} counts={counts} />
      <ModerationQueue
        // Another tab starts afresh; after an action the same tab keeps its message and Undo.
        key={status}
        status={status}
        comments={comments}
        timeZone={settings.timeZone}
        actions={{ moderateComments, undoModeration, deleteCommentsForGood, replyToComment, editComment, blockCommenter }}
      />
      {(page > 1 || comments.length === PER_PAGE) && (
        <nav aria-label="Pages of comments" className="mt-6 flex justify-between text-sm">
          {page > 1 ? <a href={`?status=${status}&page=${page - 1}`}>← Newer comments</a> : <span />}
          {comments.length === PER_PAGE && <a href={`?status=${status}&page=${page + 1}`}>Older comments →</a>}
        </nav>
      )}
    </>
  );
}
