'use client';

import { useState, type Ref } from 'react';
import type { QueueComment } from '@/db/queries/moderation';
import { MODERATION_ACTIONS, type ModerationAction } from '@/lib/comments/moderation';
import { dateTimeFormat } from '@/lib/date-format';

const button =
  'rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';

interface QueueItemProps {
  ref: Ref<HTMLElement>;
  comment: QueueComment;
  timeZone: string;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  offered: ModerationAction[];
  pending: boolean;
  onModerate: (action: ModerationAction) => void;
  onDelete?: () => void;
  onReply: (body: string, done: () => void) => void;
  onEdit: (body: string, done: () => void) => void;
  onBlock: () => void;
}

/** A comment in the queue with everything the admin needs to judge it, and what they can do. */
export function QueueItem({ ref, comment, timeZone, selected, onSelect, offered, pending, ...on }: QueueItemProps) {
  const [open, setOpen] = useState<'reply' | 'edit' | null>(null);
  const [text, setText] = useState('');
  const when = dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(comment.createdAt);
  const label = `Comment by ${comment.authorName} on “${comment.postTitle}”`;

  function openForm(kind: 'reply' | 'edit') {
    setText(kind === 'edit' ? comment.bodySource : '');
    setOpen(kind);
  }

  return (
    <li>
      <article
        ref={ref}
        tabIndex={-1}
        aria-label={label}
        className={`rounded-lg border p-4 focus:outline-2 focus:outline-accent-600 dark:focus:outline-accent-400 ${
          selected
            ? 'border-accent-600 bg-amber-50 dark:border-accent-400 dark:bg-stone-900'
            : 'border-stone-200 dark:border-stone-800'
        }`}
      >
        <div className="flex gap-3">
          <input
            type="checkbox"
            className="mt-1"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={`Select ${label}`}
          />
          <div className="min-w-0 flex-1">
            <p className="text-sm">
              <span className="font-semibold">{comment.authorName}</span>
              {comment.authorEmail && <span className="text-stone-600 dark:text-stone-400"> · {comment.authorEmail}</span>}
              {comment.authorUrl && (
                <span className="text-stone-600 dark:text-stone-400">
                  {' '}
                  · <span className="break-all">{comment.authorUrl}</span>
                </span>
              )}
            </p>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={comment.createdAt.toISOString()}>{when}</time> on{' '}
              <a href={`/posts/${comment.postSlug}`} className="underline underline-offset-2">
                {comment.postTitle}
              </a>
              {comment.parentAuthorName && <> · in reply to {comment.parentAuthorName}</>}
            </p>
            {/* Rendered from plain text with every character escaped (lib/content/comment-text). */}
            <div className="comment-body mt-2 space-y-2 break-words" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />

            <div className="mt-3 flex flex-wrap gap-2">
              {offered.map((action) => (
                <button key={action} type="button" className={button} disabled={pending} onClick={() => on.onModerate(action)}>
                  {MODERATION_ACTIONS[action].label}
                </button>
              ))}
              {on.onDelete && (
                <button type="button" className={button} disabled={pending} onClick={on.onDelete}>
                  Delete permanently
                </button>
              )}
              <button type="button" className={button} aria-expanded={open === 'reply'} onClick={() => openForm('reply')}>
                Reply
              </button>
              <button type="button" className={button} aria-expanded={open === 'edit'} onClick={() => openForm('edit')}>
                Edit
              </button>
              <button type="button" className={button} disabled={pending} onClick={on.onBlock}>
                Block commenter
              </button>
            </div>

            {open && (
              <form
                className="mt-3 space-y-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  (open === 'reply' ? on.onReply : on.onEdit)(text, () => setOpen(null));
                }}
              >
                <label className="block text-sm font-medium">
                  {open === 'reply' ? `Reply to ${comment.authorName}` : 'Comment text'}
                  <textarea
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    rows={4}
                    required
                    autoFocus
                    className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
                  />
                </label>
                <div className="flex gap-2">
                  <button type="submit" className={button} disabled={pending}>
                    {open === 'reply' ? 'Publish reply' : 'Save comment'}
                  </button>
                  <button type="button" className={button} onClick={() => setOpen(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            )}
          </div>
        </div>
      </article>
    </li>
  );
}
