'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface AdminNavItem {
  href: string;
  label: string;
  /** A count shown beside the label, e.g. comments waiting for moderation. */
  badge?: { count: number; description: string };
}

function isCurrent(pathname: string, href: string) {
  return pathname === href || (href !== '/admin' && pathname.startsWith(`${href}/`));
}

export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Back office">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {items.map(({ href, label, badge }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`flex items-center justify-between gap-3 rounded-md px-3 py-2 text-sm font-medium ${
                  current
                    ? 'bg-stone-200 text-stone-950 dark:bg-stone-800 dark:text-stone-50'
                    : 'text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-900'
                }`}
              >
                {label}
                {badge && badge.count > 0 && (
                  <span className="rounded-full bg-accent-600 px-2 text-xs font-semibold text-white dark:bg-accent-400 dark:text-stone-950">
                    {badge.count}
                    <span className="sr-only"> {badge.description}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
