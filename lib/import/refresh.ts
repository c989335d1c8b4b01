import 'server-only';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { IMPORT_REFRESH_PATH, importRefreshToken } from './refresh-token';

/**
 * Once, at the end of an import: asks the blog's server to refresh the pages the import touched.
 * Next only lets a request invalidate its cache, and the CLI runs outside the server, so both the CLI
 * and /admin/import go through the same internal route on the server's own port (like the scheduler).
 * No server running is fine: the next start expires every cached page (lib/cache/expire-on-boot.ts).
 */
export async function refreshReaderPages(tags: string[]): Promise<string> {
  if (tags.length === 0) return 'Nothing readers see changed.';
  const port = process.env.PORT ?? String(env.PORT);
  const url = `http://127.0.0.1:${port}${IMPORT_REFRESH_PATH}`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${importRefreshToken(authSecret())}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok)
      return `The server on port ${port} did not refresh its pages (it answered ${response.status}): restart it to show the import.`;
    return `The running server on port ${port} refreshed ${tags.length} cached page groups.`;
  } catch {
    return `No server is running on port ${port}: it will show the import when it starts.`;
  }
}
