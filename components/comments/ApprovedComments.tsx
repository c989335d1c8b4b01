import type { ApprovedComment } from '@/db/queries/comments';
import { PublishedDate } from '@/components/ui/PublishedDate';
import { buildThreads, type Threaded } from './threads';

function CommentThread({ thread, timeZone }: { thread: Threaded<ApprovedComment>; timeZone: string }) {
  const { comment, replies } = thread;
  return (
    <li id={`comment-${comment.id}`} className="mt-6">
      <article aria-label={`Comment by ${comment.authorName}`}>
        <p className="text-sm">
          <span className="font-semibold">{comment.authorName}</span>
          <span aria-hidden="true"> · </span>
          <a href={`#comment-${comment.id}`} className="text-stone-600 hover:underline dark:text-stone-400">
            <PublishedDate date={comment.createdAt} timeZone={timeZone} />
          </a>
        </p>
        {/* Rendered from plain text with every character escaped (lib/content/comment-text). */}
        <div className="comment-body mt-1 space-y-2 leading-relaxed" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      </article>
      {replies.length > 0 && (
        <ol className="ml-4 border-l border-stone-200 pl-4 dark:border-stone-800">
          {replies.map((reply) => (
            <CommentThread key={reply.comment.id} thread={reply} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function ApprovedComments({ comments, timeZone }: { comments: ApprovedComment[]; timeZone: string }) {
  return (
    <section aria-labelledby="comments-heading" className="mt-12 border-t border-stone-200 pt-8 dark:border-stone-800">
      <h2 id="comments-heading" className="text-xl font-semibold">
        {comments.length === 0 ? 'No comments yet' : comments.length === 1 ? '1 comment' : `${comments.length} comments`}
      </h2>
      <ol>
        {buildThreads(comments).map((thread) => (
          <CommentThread key={thread.comment.id} thread={thread} timeZone={timeZone} />
        ))}
      </ol>
    </section>
  );
}
