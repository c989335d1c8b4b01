'use client';

import { useRef, useState, useTransition, type KeyboardEvent } from 'react';
import type { QueueComment } from '@/db/queries/moderation';
import type { CommentStatus } from '@/db/schema';
import { actionForm, type FormAction, type FormResult } from '@/lib/forms/form-state';
import { ACTIONS_BY_STATUS, MODERATION_ACTIONS, SHORTCUTS, type ModerationAction } from '@/lib/comments/moderation';
import { QueueItem } from './QueueItem';

type Undo = { id: number; previousStatus: CommentStatus }[];

export interface QueueActions {
  moderateComments: FormAction<{ undo: Undo }>;
  undoModeration: FormAction;
  deleteCommentsForGood: FormAction;
  replyToComment: FormAction;
  editComment: FormAction;
  blockCommenter: FormAction;
}

const button =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';

/**
 * One tab of the moderation queue: per-comment and bulk actions, keyboard shortcuts, and undo
 * for the last action. Every action is a server action that checks the role again.
 */
export function ModerationQueue({
  status,
  comments,
  timeZone,
  actions,
}: {
  status: CommentStatus;
  comments: QueueComment[];
  timeZone: string;
  actions: QueueActions;
}) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<FormResult | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [pending, startTransition] = useTransition();
  const rows = useRef<(HTMLElement | null)[]>([]);
  const offered = ACTIONS_BY_STATUS[status];

  function run<Data extends object>(
    action: FormAction<Data>,
    fields: Record<string, string>,
    after?: (r: FormResult<Data>) => void,
  ) {
    startTransition(async () => {
      const outcome = await action(null, actionForm(fields));
      setResult(outcome);
      after?.(outcome);
    });
  }

  function moderate(ids: number[], action: ModerationAction) {
    if (ids.length === 0) return;
    run(actions.moderateComments, { ids: ids.join(','), action }, (outcome) => setUndo(outcome.ok ? outcome.undo : null));
  }

  function deleteForGood(ids: number[]) {
    const what = ids.length === 1 ? 'this comment' : `these ${ids.length} comments`;
    if (!window.confirm(`Delete ${what} permanently? This cannot be undone.`)) return;
    run(actions.deleteCommentsForGood, { ids: ids.join(',') }, () => setUndo(null));
  }

  function toggle(id: number, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (event.metaKey || event.ctrlKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
    const index = rows.current.findIndex((row) => row?.contains(target));
    const key = event.key.toLowerCase();
    if (key === 'j' || key === 'k') {
      event.preventDefault();
      const next = index === -1 ? 0 : Math.min(comments.length - 1, Math.max(0, index + (key === 'j' ? 1 : -1)));
      rows.current[next]?.focus();
      return;
    }
    if (index === -1) return;
    const comment = comments[index];
    if (key === 'x') {
      event.preventDefault();
      toggle(comment.id, !selected.has(comment.id));
      return;
    }
    const action = SHORTCUTS[key];
    if (action && offered.includes(action)) {
      event.preventDefault();
      // Keep the keyboard user's place: focus moves to the comment that takes this one's row.
      moderate([comment.id], action);
    }
  }

  const selectedIds = comments.filter((c) => selected.has(c.id)).map((c) => c.id);
  const allSelected = comments.length > 0 && selectedIds.length === comments.length;

  return (
    <div onKeyDown={onKeyDown}>
      <div className="sticky top-0 z-10 mb-4 flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50 py-3 dark:border-stone-800 dark:bg-stone-950">
        <label className="mr-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={comments.length === 0}
            onChange={(e) => setSelected(e.target.checked ? new Set(comments.map((c) => c.id)) : new Set())}
          />
          Select all
        </label>
        {offered.map((action) => (
          <button
            key={action}
            type="button"
            className={button}
            disabled={pending || selectedIds.length === 0}
            onClick={() => moderate(selectedIds, action)}
          >
            {MODERATION_ACTIONS[action].label} selected
          </button>
        ))}
        {(status === 'spam' || status === 'trash') && (
          <button
            type="button"
            className={button}
            disabled={pending || selectedIds.length === 0}
            onClick={() => deleteForGood(selectedIds)}
          >
            Delete selected permanently
          </button>
        )}
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {selectedIds.length > 0 && `${selectedIds.length} selected`}
        </span>
      </div>

      <div role="status" className="min-h-6 text-sm">
        {result?.ok && (
          <p className="mb-4 flex items-center gap-3">
            <span>{result.message}</span>
            {undo && (
              <button
                type="button"
                className={button}
                disabled={pending}
                onClick={() => run(actions.undoModeration, { changes: JSON.stringify(undo) }, () => setUndo(null))}
              >
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      <div role="alert" className="text-sm">
        {result && !result.ok && <p className="mb-4 text-red-800 dark:text-red-300">{result.error}</p>}
      </div>

      {comments.length === 0 ? (
        <p className="py-10 text-center text-stone-600 dark:text-stone-400">No comments here.</p>
      ) : (
        <ol className="space-y-4">
          {comments.map((comment, i) => (
            <QueueItem
              key={comment.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              comment={comment}
              timeZone={timeZone}
              selected={selected.has(comment.id)}
              onSelect={(on) => toggle(comment.id, on)}
              offered={offered}
              pending={pending}
              onModerate={(action) => moderate([comment.id], action)}
              onDelete={status === 'spam' || status === 'trash' ? () => deleteForGood([comment.id]) : undefined}
              onReply={(body, done) => run(actions.replyToComment, { parentId: String(comment.id), body }, (r) => r.ok && done())}
              onEdit={(body, done) => run(actions.editComment, { id: String(comment.id), body }, (r) => r.ok && done())}
              onBlock={() => run(actions.blockCommenter, { id: String(comment.id) }, () => setUndo(null))}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
