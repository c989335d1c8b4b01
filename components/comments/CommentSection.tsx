import type { ApprovedComment } from '@/db/queries/comments';
import { dateTimeFormat } from '@/lib/date-format';
import { Avatar } from './Avatar';
import { CommentForm, type PostCommentAction } from './CommentForm';
import { PendingComments } from './PendingComments';
import { QuoteButton } from './QuoteButton';
import { QUOTABLE_ATTRIBUTE } from './quote-event';
import { RelativeTime } from './RelativeTime';
import { ReplyButton } from './ReplyButton';
import { buildThreads, type Threaded } from './threads';

interface SectionProps {
  postSlug: string;
  /** The path of the post or page, where the comment forms post without JavaScript. */
  permalink: string;
  comments: ApprovedComment[];
  /** The author's choice; automatic closing is `closesAt`, checked in the browser (the page is cached) and on the server. */
  open: boolean;
  closesAt: string | null;
  timeZone: string;
  action: PostCommentAction;
}

function CommentThread({ thread, ...props }: { thread: Threaded<ApprovedComment> } & SectionProps) {
  const { comment, replies } = thread;
  const exact = dateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: props.timeZone }).format(
    comment.createdAt,
  );
  return (
    <li id={`comment-${comment.id}`} className="mt-6 scroll-mt-6">
      <article aria-label={`Comment by ${comment.authorName}`} className="flex gap-3">
        <Avatar name={comment.authorName} />
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <span className="font-semibold">
              {comment.authorUrl ? (
                <a href={comment.authorUrl} rel="nofollow ugc noopener" className="hover:underline">
                  {comment.authorName}
                </a>
              ) : (
                comment.authorName
              )}
            </span>
            {comment.byPostAuthor && (
              <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white dark:bg-accent-400 dark:text-stone-950">
                Author
              </span>
            )}
            <span aria-hidden="true"> · </span>
            {/* Named by what it shows ("3 days ago"), so a voice-control user can say it (WCAG 2.5.3). */}
            <a href={`#comment-${comment.id}`} className="text-stone-600 hover:underline dark:text-stone-400">
              <RelativeTime iso={comment.createdAt.toISOString()} exact={exact} />
              <span className="sr-only">, link to this comment</span>
            </a>
          </p>
          {/* Rendered from plain text with every character escaped (lib/content/comment-text). */}
          <div
            {...{ [QUOTABLE_ATTRIBUTE]: '' }}
            className="comment-body mt-1 space-y-2 break-words leading-relaxed"
            dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
          />
          {props.open && (
            <ReplyButton
              action={props.action}
              postSlug={props.postSlug}
              permalink={props.permalink}
              commentId={comment.id}
              authorName={comment.authorName}
            />
          )}
        </div>
      </article>
      {replies.length > 0 && (
        <ol className="ml-4 border-l border-stone-200 pl-4 sm:ml-12 dark:border-stone-800">
          {replies.map((reply) => (
            <CommentThread key={reply.comment.id} thread={reply} {...props} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** Approved comments in threads, the reader's own pending ones, and the comment form. */
export function CommentSection(props: SectionProps) {
  const { comments, open, closesAt, postSlug, permalink, action } = props;
  return (
    <section
      aria-labelledby="comments-heading"
      className="mt-12 border-t border-stone-200 pt-8 dark:border-stone-800 print:hidden"
    >
      <h2 id="comments-heading" className="text-xl font-semibold">
        {comments.length === 0 ? 'No comments yet' : comments.length === 1 ? '1 comment' : `${comments.length} comments`}
      </h2>
      <ol>
        {buildThreads(comments).map((thread) => (
          <CommentThread key={thread.comment.id} thread={thread} {...props} />
        ))}
      </ol>
      <PendingComments postSlug={postSlug} />
      {open ? (
        <>
          <CommentForm
            action={action}
            postSlug={postSlug}
            permalink={permalink}
            heading="Leave a comment"
            receivesQuotes
            closesAt={closesAt}
          />
          <QuoteButton />
        </>
      ) : (
        <p className="mt-6 text-stone-600 dark:text-stone-400">Comments are closed on this post.</p>
      )}
    </section>
  );
}
