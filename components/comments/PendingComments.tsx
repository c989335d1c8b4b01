'use client';

import { useSyncExternalStore } from 'react';
import type { PostedComment } from '@/lib/comments/posted-comment';
import { PENDING_CHANGED, readPendingComments } from './pending-comments';

function subscribe(onChange: () => void) {
  window.addEventListener(PENDING_CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(PENDING_CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const EMPTY: PostedComment[] = [];
let cached: { json: string; list: PostedComment[] } = { json: '[]', list: EMPTY };
function snapshot(): PostedComment[] {
  const list = readPendingComments();
  const json = JSON.stringify(list);
  if (json !== cached.json) cached = { json, list };
  return cached.list;
}

/** This reader's own comments that await moderation, shown only in their browser. */
export function PendingComments({ postSlug }: { postSlug: string }) {
  const all = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  // Once approved, a comment is on the page itself.
  const mine = all.filter((c) => c.postSlug === postSlug && !document.getElementById(`comment-${c.id}`));
  if (mine.length === 0) return null;
  return (
    <section
      aria-labelledby="pending-heading"
      className="mt-8 rounded-lg border border-dashed border-stone-400 p-4 dark:border-stone-600"
    >
      <h3 id="pending-heading" className="text-sm font-semibold">
        Your comments awaiting moderation
      </h3>
      <ul>
        {mine.map((c) => (
          <li key={c.id} className="mt-3">
            <p className="text-sm font-semibold">{c.authorName}</p>
            <p className="mt-1 whitespace-pre-line">{c.body}</p>
            <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">Your comment is awaiting moderation.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
