'use client';

export interface RevisionView {
  id: number;
  createdAt: Date;
  reason: 'autosave' | 'publish' | 'restore';
  authorName: string | null;
}

const REASONS = { autosave: 'Autosaved', publish: 'Published', restore: 'Saved before a restore' } as const;

/** The post's revisions, newest first; restoring one loads it into the editor (and is itself undoable). */
export function RevisionsPanel({
  revisions,
  onRestore,
  busyId,
}: {
  revisions: RevisionView[];
  onRestore: (id: number) => void;
  busyId: number | null;
}) {
  return (
    <details className="rounded-lg border border-stone-300 dark:border-stone-700">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Revisions ({revisions.length})</summary>
      {revisions.length === 0 ? (
        <p className="px-3 pb-3 text-sm text-stone-600 dark:text-stone-400">
          None yet: one is kept on every publish and every ten minutes of writing.
        </p>
      ) : (
        <ol className="divide-y divide-stone-200 px-3 pb-2 text-sm dark:divide-stone-800" aria-label="Revisions">
          {revisions.map((revision) => {
            const when = new Date(revision.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
            return (
              <li key={revision.id} className="flex items-center justify-between gap-2 py-2">
                <span>
                  <time dateTime={new Date(revision.createdAt).toISOString()} suppressHydrationWarning>
                    {when}
                  </time>
                  <span className="block text-xs text-stone-600 dark:text-stone-400">
                    {REASONS[revision.reason]} by {revision.authorName ?? 'a deleted account'}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => onRestore(revision.id)}
                  disabled={busyId !== null}
                  aria-label={`Restore the revision from ${when}`}
                  className="rounded border border-stone-300 px-2 py-0.5 text-xs disabled:opacity-50 dark:border-stone-600"
                >
                  {busyId === revision.id ? 'Restoring…' : 'Restore'}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
