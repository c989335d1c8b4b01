import Link from 'next/link';
import { can } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { AdminNav, type AdminNavItem } from './AdminNav';

interface AdminSidebarProps {
  user: SessionUser;
  /** Admins, and authors while the setting allows it (lib/pages/access.ts). */
  mayWritePages: boolean;
  pendingComments: number;
  signOutAction: () => Promise<void>;
}

// Later issues add their pages here. Links a role cannot use are hidden; the pages check anyway.
function navItems(user: SessionUser, pendingComments: number, mayWritePages: boolean): AdminNavItem[] {
  const items: (AdminNavItem | false)[] = [
    { href: '/admin', label: 'Dashboard' },
    { href: '/admin/posts', label: 'Posts' },
    mayWritePages && { href: '/admin/pages', label: 'Pages' },
    can(user, 'moderateComments') && {
      href: '/admin/comments',
      label: 'Comments',
      badge: { count: pendingComments, description: 'waiting for moderation' },
    },
    can(user, 'manageUsers') && { href: '/admin/users', label: 'Users' },
    can(user, 'manageSettings') && { href: '/admin/subscribers', label: 'Subscribers' },
    can(user, 'manageSettings') && { href: '/admin/outbox', label: 'Outbox' },
    can(user, 'manageSettings') && { href: '/admin/settings', label: 'Settings' },
    can(user, 'importExport') && { href: '/admin/import', label: 'Import and export' },
    { href: '/admin/profile', label: 'Profile' },
  ];
  return items.filter((item): item is AdminNavItem => item !== false);
}

export function AdminSidebar({ user, mayWritePages, pendingComments, signOutAction }: AdminSidebarProps) {
  return (
    <header className="border-b border-stone-200 bg-white px-5 py-5 lg:min-h-screen lg:border-b-0 lg:border-r dark:border-stone-800 dark:bg-stone-950">
      {/* A link home, not a paragraph: a bold <p> above another reads as a fake heading (axe's p-as-heading). */}
      <div className="font-serif text-xl font-semibold">
        <Link href="/admin" className="hover:text-accent-600 dark:hover:text-accent-400">
          Inkwell
        </Link>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {user.name} · {user.role === 'admin' ? 'Admin' : 'Author'}
      </p>
      <div className="mt-5">
        <AdminNav items={navItems(user, pendingComments, mayWritePages)} />
      </div>
      <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 px-3 pt-4 text-sm dark:border-stone-800">
        <Link href="/" className="font-medium underline-offset-4 hover:underline">
          View the blog
        </Link>
        <form action={signOutAction}>
          <button
            type="submit"
            className="whitespace-nowrap rounded-md border border-stone-300 px-3 py-1.5 font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-900"
          >
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
