import type { Metadata } from 'next';
import { ActivityChart } from '@/components/admin/ActivityChart';
import { BackupStatus } from '@/components/admin/BackupStatus';
import { PageHeader } from '@/components/admin/PageHeader';
import { RecentDrafts } from '@/components/admin/RecentDrafts';
import { StatCard } from '@/components/admin/StatCard';
import { countPendingComments, countPostsByStatus, dailyComments, dailyViews, listRecentDrafts } from '@/db/queries/dashboard';
import { can } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { readBackupStatus } from '@/lib/backup/backups';
import { dailyActivity, lastDays } from '@/lib/dashboard/activity';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Dashboard' };

const CHART_DAYS = 30;

export default async function DashboardPage() {
  const user = await requireUser('/admin');
  // Admins see the whole blog; an author sees their own posts.
  const authorId = can(user, 'manageAllPosts') ? undefined : user.id;
  const moderates = can(user, 'moderateComments');
  const seesBackups = can(user, 'manageSettings');
  const days = lastDays(new Date(), CHART_DAYS);
  const from = new Date(`${days[0]}T00:00:00Z`);

  const [counts, pending, drafts, views, comments, backups] = await Promise.all([
    countPostsByStatus(authorId),
    moderates ? countPendingComments() : Promise.resolve(0),
    listRecentDrafts({ authorId, limit: 5 }),
    dailyViews({ fromDay: days[0], authorId }),
    dailyComments({ from, authorId }),
    seesBackups ? readBackupStatus() : Promise.resolve(null),
  ]);

  return (
    <>
      <PageHeader title="Dashboard">
        <p>{authorId === undefined ? 'The whole blog at a glance.' : 'Your posts at a glance.'}</p>
      </PageHeader>
      <ul aria-label="At a glance" className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <StatCard label="Published" value={counts.published} href="/admin/posts" />
        <StatCard label="Drafts" value={counts.draft} href="/admin/posts" />
        <StatCard label="Scheduled" value={counts.scheduled} href="/admin/posts" />
        {moderates && <StatCard label="Pending comments" value={pending} href="/admin/comments" />}
      </ul>
      <div className="mt-10 grid gap-10">
        <RecentDrafts drafts={drafts} showAuthor={authorId === undefined} />
        <ActivityChart days={dailyActivity(days, views, comments)} />
        {backups && <BackupStatus status={backups} intervalHours={env.BACKUP_INTERVAL_HOURS} />}
      </div>
    </>
  );
}
