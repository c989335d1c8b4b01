import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const IMPORT_REFRESH_PATH = '/api/internal/import-refresh';

/** The importer's credential for the refresh route, derived from the blog's secret like the scheduler's. */
export function importRefreshToken(secret: string): string {
  return createHmac('sha256', secret).update('inkwell:import-refresh').digest('base64url');
}

export function isImportRefreshRequest(authorization: string | null, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${importRefreshToken(secret)}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The tags an import may ask to refresh: what lib/cache/tags.ts makes for posts, pages and comments, nothing else. */
export const REFRESHABLE_TAG = /^(?:posts|page-links|post:[a-z0-9-]{1,80}|comments:\d{1,12})$/;
