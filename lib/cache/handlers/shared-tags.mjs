// Tag invalidations shared by every instance through Redis. Plain JavaScript: Next imports its
// cache handlers at run time, outside the app's bundles, so this cannot use lib/env.ts (it reads
// REDIS_URL itself, the one exception; README's Configuration table documents it there).
//
// Next keeps one in-process map of tag → { stale, expired } times (its "tags manifest") that both
// the page cache and the 'use cache' handler consult. An invalidation on one instance is written
// to a Redis hash as well; before serving from a cache, every instance merges that hash into its
// own map, so a tag invalidated on A makes B render again. A version counter makes the check one
// GET when nothing changed. docs/scale-out.md says why entries themselves stay per instance.
import { createRequire } from 'node:module';
import ioredis from 'ioredis';

const require = createRequire(import.meta.url);
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

const HASH = 'inkwell:next-tags';
const VERSION = 'inkwell:next-tags:version';

const holder = globalThis;

function log(level, event, message, error) {
  // The app's logger is not reachable from here: the same JSON shape by hand.
  const line = { level, time: Date.now(), app: 'inkwell', event, msg: message };
  if (error) line.err = { message: String(error?.message ?? error) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function create(url) {
  const client = new ioredis.Redis(url, {
    connectionName: 'inkwell-next-cache',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  client.on('error', (error) => {
    if (!down) log(50, 'cache_tags.unavailable', 'Redis unreachable: serving with the last known invalidations', error);
    down = true;
  });
  client.on('ready', () => {
    if (down) log(30, 'cache_tags.reconnected', 'Redis reachable again');
    down = false;
    seen = -1; // whatever happened meanwhile, read it all again
  });
  let seen = -1;

  function merge(tag, remote) {
    const local = tagsManifest.get(tag) ?? {};
    const merged = { ...local };
    if (typeof remote.stale === 'number' && !(local.stale >= remote.stale)) merged.stale = remote.stale;
    if (typeof remote.expired === 'number' && !(local.expired >= remote.expired)) merged.expired = remote.expired;
    tagsManifest.set(tag, merged);
  }

  return {
    /** Brings this process's map up to date with every instance's invalidations. Never throws. */
    async pull() {
      if (client.status !== 'ready') return;
      try {
        const version = Number(await client.get(VERSION)) || 0;
        if (version === seen) return;
        const all = await client.hgetall(HASH);
        for (const [tag, value] of Object.entries(all)) merge(tag, JSON.parse(value));
        seen = version;
      } catch (error) {
        log(40, 'cache_tags.pull_failed', 'could not read shared invalidations', error);
      }
    },
    /** Publishes what this process's map now says about `tags` (after Next updated it). */
    async push(tags) {
      if (tags.length === 0) return;
      try {
        const fields = tags.flatMap((tag) => [tag, JSON.stringify(tagsManifest.get(tag) ?? {})]);
        await client
          .multi()
          .hset(HASH, ...fields)
          .incr(VERSION)
          .exec();
      } catch (error) {
        // The invalidation still holds on this instance; the others miss it until the next one.
        log(50, 'cache_tags.push_failed', 'could not share an invalidation with the other instances', error);
      }
    },
  };
}

/** The process's shared tags, or null without REDIS_URL (one instance: Next's own map is enough). */
export function sharedTags() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  holder.inkwellSharedTags ??= create(url);
  return holder.inkwellSharedTags;
}
