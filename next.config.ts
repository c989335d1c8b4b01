import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Reader pages are cached and invalidated by tag; see docs/caching.md.
  cacheComponents: true,
  partialPrefetching: true,
  // The e2e suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['@libsql/client', 'libsql'],
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: the "no access" page for an author on an admin-only page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
