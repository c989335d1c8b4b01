// The 'use cache' handler (next.config.ts `cacheHandlers.default`): Next's own in-memory handler,
// with its tag invalidations shared through Redis (./shared-tags.mjs).
import { createRequire } from 'node:module';
import { sharedTags } from './shared-tags.mjs';

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default');

// Next's default size for this handler (cacheMaxMemorySize): 50 MB.
const inner = createDefaultCacheHandler(50 * 1024 * 1024);
const shared = sharedTags();

const handler = {
  get: (cacheKey, softTags) => inner.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => inner.set(cacheKey, pendingEntry),
  async refreshTags() {
    await shared?.pull();
    await inner.refreshTags();
  },
  async getExpiration(tags) {
    await shared?.pull();
    return inner.getExpiration(tags);
  },
  async updateTags(tags, durations) {
    await inner.updateTags(tags, durations);
    await shared?.push(tags);
  },
};

export default handler;
