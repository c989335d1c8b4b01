// Bytes a first visit downloads for a page: its HTML, and the JavaScript and CSS it references —
// raw, gzip (computed here, what a gzip-only server would send), and transferred: what the server
// actually sends a browser that says `Accept-Encoding: gzip, br`. `next build` in Next 16 no
// longer prints first-load JS, so it is measured here.
import http from 'node:http';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlBytes: number;
  htmlTransferredBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  jsTransferredBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  cssTransferredBytes: number;
  /** HTML, JS and CSS as transferred: what the "under 150 KB" target counts. */
  totalTransferredBytes: number;
}

/** The body exactly as it comes over the wire (compressed if the server compressed it). */
function fetchAsBrowser(url: string): Promise<{ wire: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ wire: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

export async function measurePageWeight(url: string): Promise<PageWeight> {
  const html = await (await fetch(url)).text();
  const htmlWire = await fetchAsBrowser(url);
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
  const sizes = async (paths: string[]) => {
    let raw = 0;
    let gzip = 0;
    let transferred = 0;
    for (const p of paths) {
      const assetUrl = new URL(p, url).href;
      const body = Buffer.from(await (await fetch(assetUrl)).arrayBuffer());
      raw += body.byteLength;
      gzip += gzipSync(body).byteLength;
      transferred += (await fetchAsBrowser(assetUrl)).wire.byteLength;
    }
    return { raw, gzip, transferred };
  };
  const js = await sizes(assets(/<script[^>]+src="([^"]+\.js)"/g));
  const css = await sizes(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g));
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlTransferredBytes: htmlWire.wire.byteLength,
    jsBytes: js.raw,
    jsGzipBytes: js.gzip,
    jsTransferredBytes: js.transferred,
    cssBytes: css.raw,
    cssGzipBytes: css.gzip,
    cssTransferredBytes: css.transferred,
    totalTransferredBytes: htmlWire.wire.byteLength + js.transferred + css.transferred,
  };
}
