import 'server-only';
import { readAllSettings } from '@/db/queries/settings';
import { parseSiteSettings, type SiteSettings } from './schema';

/** The stored settings read straight from the database, for the back office (never cached). */
export async function loadSiteSettings(): Promise<SiteSettings> {
  return parseSiteSettings(await readAllSettings());
}
