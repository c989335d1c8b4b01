import Link from 'next/link';

/** One figure of the dashboard, as an item of a list; a link when there is a page behind it. */
export function StatCard({ label, value, href }: { label: string; value: number; href?: string }) {
  const body = (
    <>
      <span className="block text-3xl font-semibold tabular-nums">{value}</span>
      <span className="mt-1 block text-sm font-medium text-stone-600 dark:text-stone-400">{label}</span>
    </>
  );
  return (
    <li className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      {href ? (
        <Link href={href} className="block p-4 hover:text-accent-600 dark:hover:text-accent-400">
          {body}
        </Link>
      ) : (
        <div className="p-4">{body}</div>
      )}
    </li>
  );
}
