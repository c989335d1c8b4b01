import type { Metadata } from 'next';
import { BackupStatus } from '@/components/admin/BackupStatus';
import { PageHeader } from '@/components/admin/PageHeader';
import { SettingsForm } from '@/components/admin/SettingsForm';
import { requirePermission } from '@/lib/auth/session';
import { readBackupStatus } from '@/lib/backup/backups';
import { env } from '@/lib/env';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { timeZoneOptions } from '@/lib/settings/time-zones';
import { saveSettings } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('manageSettings', '/admin/settings');
  const [settings, backups] = await Promise.all([loadSiteSettings(), readBackupStatus()]);

  return (
    <>
      <PageHeader title="Settings" />
      <SettingsForm action={saveSettings} settings={settings} timeZones={timeZoneOptions()} siteUrlFromEnv={env.SITE_URL} />
      <div className="mt-10">
        <BackupStatus status={backups} intervalHours={env.BACKUP_INTERVAL_HOURS} download />
      </div>
    </>
  );
}
