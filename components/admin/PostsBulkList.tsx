'use client';

import Link from 'next/link';
import { FormMessage } from '@/components/ui/FormMessage';
import type { AdminPostRow } from '@/db/queries/admin-posts';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { STATUS_LABELS } from '@/lib/posts/status';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function PostDate({ post }: { post: AdminPostRow }) {
  const date = post.publishedAt ?? post.updatedAt;
  const what = post.status === 'scheduled' ? 'for ' : post.publishedAt && post.status === 'published' ? '' : 'edited ';
  return (
    <span>
      {what}
      <time dateTime={date.toISOString()}>{dateFormat.format(date)} UTC</time>
    </span>
  );
}

/**
 * The posts table with a checkbox per row and the bulk actions of the current view. Pages use it too
 * (`kind`): they have no labels, and their editor lives under /admin/pages.
 */
export function PostsBulkList({
  kind = 'post',
  posts,
  showAuthor,
  inTrash,
  action,
  emptyText,
}: {
  kind?: 'post' | 'page';
  posts: AdminPostRow[];
  showAuthor: boolean;
  inTrash: boolean;
  action: FormAction;
  /** Shown instead of the table; the outcome of the last bulk action stays above it. */
  emptyText: string;
}) {
  const [state, formAction] = useFormAction(action);
  if (posts.length === 0) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p className="text-stone-600 dark:text-stone-400">{emptyText}</p>
      </div>
    );
  }
  const button =
    'rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`With the selected ${kind}s`}>
        {inTrash ? (
          <>
            <button type="submit" name="bulk" value="restore" className={button}>
              Restore
            </button>
            <button type="submit" name="bulk" value="deletePermanently" className={`${button} text-red-700 dark:text-red-400`}>
              Delete permanently
            </button>
          </>
        ) : (
          <button type="submit" name="bulk" value="trash" className={button}>
            Move to trash
          </button>
        )}
      </div>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 dark:border-stone-800">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Title
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              {showAuthor && (
                <th scope="col" className="px-3 py-2 font-medium">
                  Author
                </th>
              )}
              {kind === 'post' && (
                <th scope="col" className="px-3 py-2 font-medium">
                  Labels
                </th>
              )}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Comments
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Views
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Date
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {posts.map((post) => (
              <tr key={post.id}>
                <td className="px-3 py-2">
                  <input type="checkbox" name={`post-${post.id}`} aria-label={`Select “${post.title || 'Untitled'}”`} />
                </td>
                <th scope="row" className="px-3 py-2 font-medium">
                  {inTrash ? (
                    post.title || 'Untitled'
                  ) : (
                    <Link href={`/admin/${kind}s/${post.id}`} className="underline-offset-4 hover:underline">
                      {post.title || 'Untitled'}
                    </Link>
                  )}
                </th>
                <td className="px-3 py-2">{STATUS_LABELS[post.status]}</td>
                {showAuthor && <td className="px-3 py-2">{post.authorName}</td>}
                {kind === 'post' && <td className="px-3 py-2">{post.labels.join(', ')}</td>}
                <td className="px-3 py-2 text-right tabular-nums">
                  {post.approvedComments}
                  {post.pendingComments > 0 && (
                    <span className="text-stone-600 dark:text-stone-400"> (+{post.pendingComments} pending)</span>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{post.views}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <PostDate post={post} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
