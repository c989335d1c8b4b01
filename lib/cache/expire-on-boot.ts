import 'server-only';
import { createRequire } from 'node:module';

// Every cached page carries this implicit tag: the root layout's path tag.
const ROOT_LAYOUT_TAG = '_N_T_/layout';

type TagsManifest = Map<string, { stale?: number; expired?: number }>;

/**
 * Treats every page cached before this boot as expired.
 *
 * Next keeps prerendered pages on disk but remembers tag invalidations only in memory, so after a
 * restart it would serve pages built from an older database (a CLI import, a scheduled publish or
 * a restore done while the server was down). `revalidateTag` cannot run outside a request, so this
 * writes the root layout's tag into the same in-memory manifest `revalidateTag` writes to.
 * Each page is rendered once, on its first request after boot, then cached again.
 * Internal to Next (checked on 16.4); it throws at boot rather than silently serve stale pages.
 */
export function expireCachedPagesOnBoot(now = Date.now()) {
  const require = createRequire(import.meta.url);
  const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external') as {
    tagsManifest?: TagsManifest;
  };
  if (!(tagsManifest instanceof Map)) {
    throw new Error('Inkwell: Next.js tags manifest not found; update lib/cache/expire-on-boot.ts for this Next.js version.');
  }
  tagsManifest.set(ROOT_LAYOUT_TAG, { ...tagsManifest.get(ROOT_LAYOUT_TAG), expired: now });
}
