import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminSidebar } from '@/components/admin/AdminSidebar';
import { countPendingComments } from '@/db/queries/dashboard';
import { can } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { canWritePages } from '@/lib/pages/access';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { signOutAction } from './actions';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every admin page depends on who is asking, so there is no static shell worth prerendering:
// the segment opts out of shell validation and renders once the session is known. Signed-out
// visitors get a real 307 from proxy.ts; redirects and 403s decided here stream (docs/auth.md).
export const instant = false;

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // The frame needs the person for its navigation. Layouts are not re-rendered on every
  // navigation, so each page checks the session and role again itself.
  const user = await requireUser('/admin');
  const [pendingComments, settings] = await Promise.all([
    can(user, 'moderateComments') ? countPendingComments() : 0,
    loadSiteSettings(),
  ]);

  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-900"
      >
        Skip to content
      </a>
      <AdminSidebar
        user={user}
        mayWritePages={canWritePages(user, settings)}
        pendingComments={pendingComments}
        signOutAction={signOutAction}
      />
      <main id="main" className="min-w-0 px-5 py-8 lg:px-10">
        <div className="mx-auto max-w-4xl">{children}</div>
      </main>
    </div>
  );
}
