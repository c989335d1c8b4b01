import type { Metadata } from 'next';
import { ExportPanel } from '@/components/admin/ExportPanel';
import { PageHeader } from '@/components/admin/PageHeader';
import { SettingsForm } from '@/components/admin/SettingsForm';
import { requirePermission } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { timeZoneOptions } from '@/lib/settings/time-zones';
import { saveSettings } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('manageSettings', '/admin/settings');
  const settings = await loadSiteSettings();

  return (
    <>
      <PageHeader title="Settings" />
      <SettingsForm action={saveSettings} settings={settings} timeZones={timeZoneOptions()} siteUrlFromEnv={env.SITE_URL} />
      {/* Here until /admin/import exists; it moves there with the importer. */}
      <div className="mt-10">
        <ExportPanel />
      </div>
    </>
  );
}
