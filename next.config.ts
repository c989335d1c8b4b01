import type { NextConfig } from 'next';
import path from 'node:path';
import { securityHeaders, strictTransportSecurity } from './lib/security/headers';

const nextConfig: NextConfig = {
  // Reader pages are cached and invalidated by tag; see docs/caching.md.
  cacheComponents: true,
  partialPrefetching: true,
  // The e2e suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Several instances (REDIS_URL): Next's own caches, with tag invalidations shared through Redis
  // so one instance's revalidateTag reaches all (lib/cache/handlers, docs/scale-out.md). Read at
  // start, not build: one build serves with or without Redis.
  ...(process.env.REDIS_URL
    ? {
        cacheHandler: path.join(process.cwd(), 'lib/cache/handlers/incremental.mjs'),
        cacheHandlers: { default: path.join(process.cwd(), 'lib/cache/handlers/use-cache.mjs') },
      }
    : {}),
  serverExternalPackages: ['@libsql/client', 'libsql'],
  poweredByHeader: false,
  // Next keeps up to this much of its page cache, and as much again of 'use cache' data, in memory
  // on top of the copies on disk (default 50 MB each). A blog's hot pages fit in 16 MB; first
  // renders of a thousand pages peaked at 424 MB resident with the default, 365 MB with this
  // (docs/performance.md).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // scripts/serve.ts compresses and tags whole responses itself: Next's ETag costs ten times as
  // much (lib/http/etag.ts), and its compression would send the headers before the tag is set.
  generateEtags: false,
  compress: false,
  // forbidden() and forbidden.tsx: the "no access" page for an author on an admin-only page.
  experimental: { authInterrupts: true },
  // Every response, static files and 404s included; see lib/security/headers.ts and docs/security.md.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }) },
      {
        source: '/:path*',
        // The first entry is the client's own scheme when several proxies append theirs.
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(?:\\s*,.*)?' }],
        headers: [strictTransportSecurity],
      },
    ];
  },
};

export default nextConfig;
