import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { readAllSettings } from '@/db/queries/settings';
import { cacheTags } from '@/lib/cache/tags';
import { parseSiteSettings, type SiteSettings } from './schema';

// The blog's settings, read two ways: cached for every page that shows them, and straight from the
// database for the settings form, which must show what is stored rather than what a cache holds.

/**
 * The settings pages show (title, time zone, page size…), reader and back office alike. Cached until a
 * settings save invalidates the tag, so a page costs no query for them between saves.
 */
export async function getSiteSettings(): Promise<SiteSettings> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.settings);
  return loadSiteSettings();
}

/** The stored settings read straight from the database, for the back office (never cached). */
export async function loadSiteSettings(): Promise<SiteSettings> {
  return parseSiteSettings(await readAllSettings());
}
