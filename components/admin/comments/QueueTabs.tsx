import Link from 'next/link';
import type { CommentStatus } from '@/db/schema';

const TABS: { status: CommentStatus; label: string }[] = [
  { status: 'pending', label: 'Pending' },
  { status: 'approved', label: 'Approved' },
  { status: 'spam', label: 'Spam' },
  { status: 'trash', label: 'Trash' },
];

export function QueueTabs({ current, counts }: { current: CommentStatus; counts: Record<CommentStatus, number> }) {
  return (
    <nav aria-label="Comment status" className="mb-6 border-b border-stone-200 dark:border-stone-800">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map(({ status, label }) => (
          <li key={status}>
            <Link
              href={`/admin/comments?status=${status}`}
              aria-current={status === current ? 'page' : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                status === current
                  ? 'border-accent-600 text-stone-950 dark:border-accent-400 dark:text-stone-50'
                  : 'border-transparent text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
              }`}
            >
              {label} <span className="tabular-nums">({counts[status]})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
