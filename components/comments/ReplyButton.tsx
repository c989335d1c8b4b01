'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { CommentForm, type PostCommentAction } from './CommentForm';

/** "Reply" under a comment opens the comment form in place, as a reply to that comment. */
export function ReplyButton({
  action,
  postSlug,
  permalink,
  commentId,
  authorName,
}: {
  action: PostCommentAction;
  postSlug: string;
  permalink: string;
  commentId: number;
  authorName: string;
}) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={!hydrated}
        className="mt-1 text-sm font-medium text-stone-600 underline-offset-4 hover:underline dark:text-stone-400"
      >
        Reply<span className="sr-only"> to {authorName}</span>
      </button>
    );
  }
  return (
    <CommentForm
      action={action}
      postSlug={postSlug}
      permalink={permalink}
      parentId={commentId}
      heading={`Reply to ${authorName}`}
      onCancel={() => setOpen(false)}
    />
  );
}
