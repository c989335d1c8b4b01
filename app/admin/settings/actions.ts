'use server';

import { updateTag } from 'next/cache';
import { writeSettings } from '@/db/queries/settings';
import { formAction } from '@/lib/forms/form-action';
import { cacheTags } from '@/lib/cache/tags';
import { settingsFormSchema } from '@/lib/settings/form';

export const saveSettings = formAction({ access: 'manageSettings', schema: settingsFormSchema }, async (settings) => {
  await writeSettings(settings);
  // Every reader page shows the title and reads settings (the header's page links among them):
  // the next request renders them afresh.
  updateTag(cacheTags.settings);
  return { ok: true, message: 'Settings saved. Readers see them on their next visit.' };
});
