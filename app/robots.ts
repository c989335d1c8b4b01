import type { MetadataRoute } from 'next';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { siteUrl } from '@/lib/site-url';

// Sign-in, first-run setup, the back office, the pages email links open and the API are not for search engines.
const PRIVATE_PATHS = ['/admin', '/login', '/setup', '/mail', '/api'];

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: '/', disallow: PRIVATE_PATHS },
    sitemap: `${siteUrl(await getSiteSettings())}/sitemap.xml`,
  };
}
