// Bytes a first visit downloads for a page: its HTML, and the JavaScript, CSS, fonts and images it
// references, raw, compressed and as transferred. `next build` in Next 16 no longer prints
// first-load JS, so it is measured here. Bodies only: response headers (~1 KB each over HTTP/1.1,
// mostly the security headers) are left out, as HTTP/2 behind deploy/nginx compresses them away.
//
// Three figures per asset, because they answer different questions:
// - `gzipBytes`: the body gzipped here at level 9 whatever the server does. The same on every
//   server, so it is the figure the budget is written against (WEIGHT_BUDGET, e2e/page-weight.spec.ts).
// - `transferredBytes`: the body as this server sent it to a browser's `Accept-Encoding: gzip,
//   deflate, br` (`encoding` says which it chose). Next's own server (`next start`, scripts/serve.ts)
//   gzips, never brotli, when `compress` is on: its default, and next.config.ts leaves it on.
//   Behind deploy/nginx, Inkwell is asked for identity and nginx gzips at level 5 instead (a few
//   per cent larger than level 9).
// - `brotliBytes`: brotli at quality 11, what a proxy with brotli would send (Debian's nginx needs
//   libnginx-mod-http-brotli-* for it; the recipe does not use it today).
import http from 'node:http';
import https from 'node:https';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type AssetKind = 'html' | 'js' | 'css' | 'font' | 'image';

export interface AssetWeight {
  kind: AssetKind;
  url: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  transferredBytes: number;
  /** The Content-Encoding the server answered with, or 'identity'. */
  encoding: string;
}

export interface PageWeight {
  htmlBytes: number;
  /** The part of the HTML that is the RSC payload (the inline `self.__next_f.push` scripts). */
  rscBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  fontBytes: number;
  imageBytes: number;
  /** Everything above as the server sent it (compressed when it compresses). */
  transferredBytes: number;
  /** Everything above in brotli (quality 11). */
  brotliBytes: number;
  assets: AssetWeight[];
}

/**
 * The weight budget of a reader page's first visit, gzip as measured here, checked by
 * e2e/page-weight.spec.ts on every page of READER_PAGES. Change it here and only here.
 * The aim is under 100 KB of JavaScript, but the framework alone ships ~135 KB gzip to a
 * static page (the minimal app `npm run bench:weight` builds: React DOM, Next's router, the
 * Turbopack runtime), so the budget is that floor plus what Inkwell adds: next/link (~3 KB), the
 * theme toggle, the error boundary and, on posts and pages, the comment form (~5 KB). The heaviest
 * page, a post, measured 144.9 KB on 2026-12-01: a new island has ~3 KB of room; a library pulled
 * into a client component (zod, next-auth/react, a date library) does not fit.
 */
export const WEIGHT_BUDGET = {
  /** The scripts a page loads (noModule polyfills excluded, as browsers skip them). */
  jsGzipBytes: 148_000,
  /**
   * HTML, scripts, stylesheets, fonts and images together. The target is 150 KB for a post,
   * but with gzip the floor's JavaScript and a post's HTML and CSS alone are ~162 KB (brotli would
   * make it ~145: bench/README.md). A post measured 172.0 KB on 2026-12-01.
   */
  firstVisitGzipBytes: 180_000,
} as const;

/** The reader pages of the welcome content (db/seed), one of each kind. */
export const READER_PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/posts/the-art-of-the-quoted-passage' },
  { name: 'label', path: '/labels/quotes' },
  { name: 'archive', path: '/archive' },
  { name: 'search', path: '/search?q=quote' },
  { name: 'standalone page', path: '/about' },
] as const;

const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: '*/*' };

async function download(url: string, kind: AssetKind): Promise<{ body: Buffer; asset: AssetWeight }> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const { transferredBytes, encoding } = await wireSize(url);
  return {
    body,
    asset: {
      kind,
      url,
      bytes: body.byteLength,
      gzipBytes: gzipSync(body, { level: 9 }).byteLength,
      brotliBytes: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
      transferredBytes,
      encoding,
    },
  };
}

/** The body's size on the wire: fetch always decodes, so the same request again through node:http, which does not. */
function wireSize(url: string): Promise<{ transferredBytes: number; encoding: string }> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { headers: BROWSER_HEADERS }, (res) => {
      let size = 0;
      res.on('data', (chunk: Buffer) => (size += chunk.byteLength));
      res.on('end', () => resolve({ transferredBytes: size, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const unique = (html: string, pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];

/** Bytes of the inline scripts that carry the RSC payload (`self.__next_f.push(...)`), tags included. */
export function rscPayloadBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)) total += Buffer.byteLength(m[0]);
  return total;
}

export async function measurePageWeight(url: string): Promise<PageWeight> {
  const page = await download(url, 'html');
  const html = page.body.toString('utf8');
  const assets: AssetWeight[] = [page.asset];
  const add = async (kind: AssetKind, paths: string[]) => {
    for (const p of paths) assets.push((await download(new URL(p, url).href, kind)).asset);
  };
  // `noModule` scripts (Next's legacy polyfills, ~40 KB gzip) are skipped by every browser that runs modules.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  await add('js', [...new Set(scripts.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => !!src))]);
  const stylesheets = unique(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css[^"]*)"/g);
  await add('css', stylesheets);
  // Fonts: preloaded ones, and those the stylesheets point at (url(...woff2)).
  const fonts = new Set(unique(html, /<link[^>]+href="([^"]+\.(?:woff2?|ttf|otf))"/g));
  for (const css of stylesheets) {
    const text = await (await fetch(new URL(css, url))).text();
    for (const m of text.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g))
      fonts.add(new URL(m[1], new URL(css, url)).pathname);
  }
  await add('font', [...fonts]);
  // Images a browser loads at first paint (eager <img>; lazy ones below the fold are left out).
  const images = [...html.matchAll(/<img\b[^>]*>/g)]
    .filter((m) => !/loading="lazy"/.test(m[0]))
    .map((m) => /\ssrc="([^"]+)"/.exec(m[0])?.[1])
    .filter((src): src is string => !!src && !src.startsWith('data:'));
  await add('image', [...new Set(images)]);

  const sum = (kind: AssetKind, field: 'bytes' | 'gzipBytes') =>
    assets.filter((a) => a.kind === kind).reduce((n, a) => n + a[field], 0);
  return {
    htmlBytes: page.asset.bytes,
    rscBytes: rscPayloadBytes(html),
    jsBytes: sum('js', 'bytes'),
    jsGzipBytes: sum('js', 'gzipBytes'),
    cssBytes: sum('css', 'bytes'),
    cssGzipBytes: sum('css', 'gzipBytes'),
    fontBytes: sum('font', 'bytes'),
    imageBytes: sum('image', 'bytes'),
    transferredBytes: assets.reduce((n, a) => n + a.transferredBytes, 0),
    brotliBytes: assets.reduce((n, a) => n + a.brotliBytes, 0),
    assets,
  };
}

const kb = (n: number) => (n / 1000).toFixed(1);

/** The Markdown table of bench/README.md's "Page weight" section (figures in KB = 1,000 bytes). */
export function formatWeightTable(rows: Array<{ page: { name: string; path: string } } & PageWeight>): string {
  const lines = [
    '| page | HTML KB | RSC in HTML | JS KB gzip (raw) | CSS KB gzip | fonts + images KB | transferred KB | in brotli KB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const w of rows) {
    const share = w.htmlBytes ? Math.round((100 * w.rscBytes) / w.htmlBytes) : 0;
    lines.push(
      `| ${w.page.name} \`${w.page.path}\` | ${kb(w.htmlBytes)} | ${kb(w.rscBytes)} (${share}%) | ${kb(w.jsGzipBytes)} (${kb(w.jsBytes)}) | ${kb(w.cssGzipBytes)} | ${kb(w.fontBytes + w.imageBytes)} | ${kb(w.transferredBytes)} | ${kb(w.brotliBytes)} |`,
    );
  }
  return lines.join('\n');
}
