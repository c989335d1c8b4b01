// Bytes a first visit downloads for a page: its HTML, and the JavaScript and CSS it references
// (raw and gzip). `next build` in Next 16 no longer prints first-load JS, so it is measured here.
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
}

export async function measurePageWeight(url: string): Promise<PageWeight> {
  const html = await (await fetch(url)).text();
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
  const sizes = async (paths: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const p of paths) {
      const body = Buffer.from(await (await fetch(new URL(p, url))).arrayBuffer());
      raw += body.byteLength;
      gzip += gzipSync(body).byteLength;
    }
    return { raw, gzip };
  };
  const js = await sizes(assets(/<script[^>]+src="([^"]+\.js)"/g));
  const css = await sizes(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g));
  return {
    htmlBytes: Buffer.byteLength(html),
    jsBytes: js.raw,
    jsGzipBytes: js.gzip,
    cssBytes: css.raw,
    cssGzipBytes: css.gzip,
  };
}
