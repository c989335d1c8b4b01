import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { SettingsForm } from '@/components/admin/SettingsForm';
import { listPublishedPages } from '@/db/queries/pages';
import { requirePermission } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { timeZoneOptions } from '@/lib/settings/time-zones';
import { saveSettings } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('manageSettings', '/admin/settings');
  const [settings, pages] = await Promise.all([loadSiteSettings(), listPublishedPages()]);

  return (
    <>
      <PageHeader title="Settings" />
      <SettingsForm
        action={saveSettings}
        settings={settings}
        timeZones={timeZoneOptions()}
        siteUrlFromEnv={env.SITE_URL}
        pages={pages}
      />
    </>
  );
}
