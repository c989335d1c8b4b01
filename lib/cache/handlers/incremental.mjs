// The incremental cache handler (next.config.ts `cacheHandler`): Next's own file-system cache (the
// prerendered pages in this instance's .next), with its tag invalidations shared through Redis
// (./shared-tags.mjs), so a page invalidated on one instance is rendered again on all.
import { createRequire } from 'node:module';
import { sharedTags } from './shared-tags.mjs';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

export default class SharedTagsFileSystemCache extends FileSystemCache {
  async get(...args) {
    await sharedTags()?.pull();
    return super.get(...args);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await sharedTags()?.push(typeof tags === 'string' ? [tags] : tags);
  }
}
