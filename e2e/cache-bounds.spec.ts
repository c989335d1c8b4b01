import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import { e2eDistDir, root } from './support/server';

// A crawler (or an attacker) asking for addresses that do not exist must not grow what the server
// keeps. Before the fix, each made-up /posts/<slug> or /labels/<slug> rendered a 404 page that
// Next stored in its page cache: about 66 KB on disk per address and ~300 MB of memory per 1,000.

const MB = 1024 * 1024;
// Nothing may be written per address: an allowance far below one stored 404 page per 20 addresses.
const DISK_BOUND = 1 * MB;
// The server runs with its JavaScript heap capped, so V8 collects garbage instead of letting the
// heap grow into free memory (uncapped, resident memory swings by hundreds of MB with no leak), and
// growth measures what the server keeps. It may keep the bounded search LRU (~4 MB,
// lib/reader/search.ts) and the collector's working slack: measured at 37-63 MB after the fix, and
// ~145 MB before it, when Next's own page and data caches filled with made-up entries.
const HEAP_CAP_MB = 256;
const MEMORY_BOUND = 100 * MB;

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : fs.statSync(full).size;
  }
  return total;
}

function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!kb) throw new Error(`No VmRSS for process ${pid}`);
  return Number(kb[1]) * 1024;
}

const madeUp = () => randomBytes(6).toString('hex');

interface Kind {
  path: (word: string) => string;
  status: number;
  text: string;
}

// Each kind of address a crawler can invent, and what a correct answer to it is. The Open Graph
// image's address carries a build hash: it is read from the build's route list.
const kindsOfAddress = (imageFile: string): Kind[] => [
  { path: (w) => `/posts/${w}`, status: 404, text: 'Page not found' },
  { path: (w) => `/posts/${w}/${imageFile}`, status: 404, text: 'Page not found' },
  { path: (w) => `/labels/${w}`, status: 404, text: 'Page not found' },
  { path: (w) => `/labels/${w}/page/2`, status: 404, text: 'Page not found' },
  { path: (w) => `/labels/${w}/feed.xml`, status: 404, text: 'Page not found' },
  { path: (w) => `/search?q=${w}`, status: 200, text: 'No posts match' },
];

test.describe('made-up addresses', () => {
  // 5,000 requests would show up in other specs' numbers on the shared server: this gets its own.
  let server: FreshServer;
  test.beforeAll(async () => {
    server = await startFreshServer({ NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MB}` });
  });
  test.afterAll(() => server?.stop());

  test('5,000 random slugs, labels and searches are answered correctly and leave disk and memory within bounds', async () => {
    // A volume test: 5,000 requests, not a wait for anything.
    test.setTimeout(240_000);
    const buildDir = path.join(root, e2eDistDir);
    // Read from the build's route list, so that no known page is rendered during the measurement.
    const routes = JSON.parse(fs.readFileSync(path.join(buildDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<
      string,
      string
    >;
    const imageFile = Object.values(routes)
      .map((route) => /^\/posts\/\[slug\]\/(opengraph-image[^/]*)$/.exec(route)?.[1])
      .find(Boolean);
    expect(imageFile).toBeDefined();
    const kinds = kindsOfAddress(imageFile!);
    // One round of each kind first: the first answers load and compile the 404 page's code, which
    // is memory the server uses once, not memory it keeps per address. (pid() is the server process
    // itself since it runs as `node --import tsx`; it was the tsx wrapper before, whose memory
    // never moved.)
    for (let round = 0; round < 50; round++) {
      for (const kind of kinds) await (await fetch(`${server.url}${kind.path(madeUp())}`)).text();
    }
    const diskBefore = bytesUnder(buildDir);
    const memoryBefore = residentBytes(server.pid());

    const wrong: string[] = [];
    let sent = 0;
    const TOTAL = 5000;
    // A few at a time, as a crawler would; sequential order keeps the kinds evenly mixed.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < TOTAL) {
          const kind = kinds[sent++ % kinds.length];
          const address = kind.path(madeUp());
          const response = await fetch(`${server.url}${address}`);
          const body = await response.text();
          if (response.status !== kind.status || !body.includes(kind.text)) wrong.push(`${address}: ${response.status}`);
        }
      }),
    );

    expect(wrong.slice(0, 10), `${wrong.length} wrong answers`).toEqual([]);
    const diskGrowth = bytesUnder(buildDir) - diskBefore;
    const memoryGrowth = residentBytes(server.pid()) - memoryBefore;
    console.log(
      `5,000 made-up addresses: build folder +${(diskGrowth / MB).toFixed(2)} MB, resident memory +${(memoryGrowth / MB).toFixed(1)} MB`,
    );
    expect(diskGrowth).toBeLessThan(DISK_BOUND);
    expect(memoryGrowth).toBeLessThan(MEMORY_BOUND);
  });
});
