'use client';

import type { SaveConflict } from '@/lib/posts/concurrency';

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Shown when a save was refused because the post changed elsewhere. Both versions are kept (the refused
 * one as a revision, and on screen); the author chooses which one continues.
 */
export function ConflictPanel({
  conflict,
  onKeepMine,
  onUseTheirs,
}: {
  conflict: SaveConflict;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="conflict-heading" className="font-semibold">
        This post was changed in another tab or by someone else
      </h2>
      <p className="mt-1 text-sm">
        Your last changes were not saved over theirs. Both versions are kept (yours is also in Revisions). Choose which one to
        continue with.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-red-200 bg-white p-3 text-sm text-stone-900 dark:border-red-800 dark:bg-stone-900 dark:text-stone-100">
          <h3 className="font-medium">Their version</h3>
          <p className="font-medium">{conflict.theirs.title || 'Untitled'}</p>
          <p className="line-clamp-4 text-stone-700 dark:text-stone-300">{plain(conflict.theirs.contentHtml)}</p>
        </div>
        <div className="rounded border border-red-200 bg-white p-3 text-sm text-stone-900 dark:border-red-800 dark:bg-stone-900 dark:text-stone-100">
          <h3 className="font-medium">Your version</h3>
          <p className="font-medium">{conflict.yours.title || 'Untitled'}</p>
          <p className="line-clamp-4 text-stone-700 dark:text-stone-300">{plain(conflict.yours.contentHtml)}</p>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
        >
          Keep my version
        </button>
        <button type="button" onClick={onUseTheirs} className="rounded border border-red-700 px-3 py-1.5 text-sm font-medium">
          Use their version
        </button>
      </div>
    </section>
  );
}
