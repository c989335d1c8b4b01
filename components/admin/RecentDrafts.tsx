import type { DraftSummary } from '@/db/queries/dashboard';

const updated = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export function RecentDrafts({ drafts, showAuthor }: { drafts: DraftSummary[]; showAuthor: boolean }) {
  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" className="font-serif text-xl font-semibold">
        Recent drafts
      </h2>
      {drafts.length === 0 ? (
        <p className="mt-3 text-stone-600 dark:text-stone-400">No drafts. Every post is out in the world.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {drafts.map((draft) => (
            <li key={draft.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <span className="font-medium">{draft.title || 'Untitled draft'}</span>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                {showAuthor && `${draft.authorName} · `}
                edited <time dateTime={draft.updatedAt.toISOString()}>{updated.format(draft.updatedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
