import type { MetadataRoute } from 'next';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { getSitemapEntries } from '@/lib/reader/feeds';
import { siteUrl } from '@/lib/site-url';

// Static output like the reader pages (there is no request to read), refreshed by the same tags.
// Its base URL is SITE_URL or the site URL setting; see docs/feeds.md.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries(siteUrl(await getSiteSettings()));
}
