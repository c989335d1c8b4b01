import 'server-only';
import { env } from '@/lib/env';
import type { SiteSettings } from '@/lib/settings/schema';

/**
 * The public origin used for absolute URLs (canonical links, Open Graph, feeds, sitemap), without a
 * trailing slash. In order: the SITE_URL environment variable, the site URL in settings (filled from
 * the owner's browser at first-run setup, editable in /admin/settings), the origin of the request
 * when there is one (route handlers), else this server's local address.
 *
 * Reader pages are static output and have no request, which is why the setting exists.
 */
export function siteUrl(settings: Pick<SiteSettings, 'siteUrl'>, requestOrigin?: string): string {
  const base = env.SITE_URL ?? settings.siteUrl ?? requestOrigin ?? `http://localhost:${env.PORT}`;
  return base.replace(/\/+$/, '');
}

export function absoluteUrl(base: string, path: string): string {
  return new URL(path, `${base}/`).toString();
}
