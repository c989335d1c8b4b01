import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTestDatabase } from './test-support';

// --fetch-images against a real HTTP server on loopback playing the old blog's host.
const t = importTestDatabase('images');
let runImport: typeof import('./run').runImport;
let server: http.Server;
let host: string;
const requests: string[] = [];

beforeAll(async () => {
  await t.setUp();
  ({ runImport } = await import('./run'));
  const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/wp-content/uploads/2013/01/pic.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    else if (req.url === '/wp-content/uploads/not-an-image.png')
      res.writeHead(200, { 'Content-Type': 'image/png' }).end('<html>nope</html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

describe('importing with fetchImages', () => {
  it('stores the old host’s images as Inkwell media, points the post at them, and reports each image', async () => {
    const file = t.fixture('wordpress.xml', host, (text) =>
      text.replace(
        'A second paragraph',
        `<img src="http://${host}/wp-content/uploads/gone.jpg" alt="Gone"> <img src="http://${host}/wp-content/uploads/not-an-image.png" alt="Fake"> <img src="https://elsewhere.example/keep.png" alt="Elsewhere"> A second paragraph`,
      ),
    );
    const summary = await runImport(file, { fetchImages: true });
    expect(summary.created.images).toBe(1);
    expect(summary.images).toEqual([
      { url: `http://${host}/wp-content/uploads/gone.jpg`, result: 'failed', reason: 'answered 404' },
      {
        url: `http://${host}/wp-content/uploads/not-an-image.png`,
        result: 'failed',
        reason: 'Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded.',
      },
      { url: `http://${host}/wp-content/uploads/2013/01/pic.png`, result: 'stored' },
    ]);
    // Another site's image is not the old blog's: left alone, never fetched.
    expect(requests).not.toContain('/keep.png');

    const [media] = await t.rows<{ hash: string; width: number; mime_type: string }>(
      'select hash, width, mime_type from media order by width desc limit 1',
    );
    expect(media).toMatchObject({ width: 300, mime_type: 'image/webp' });
    const [post] = await t.rows<{ content_html: string }>('select content_html from posts where slug = ?', ['on-quoting']);
    expect(post.content_html).toContain(
      `<img src="/media/${media.hash}/300.webp" alt="A red square" width="300" height="200" srcset="/media/${media.hash}/300.webp 300w"`,
    );
    expect(post.content_html).toContain(`<img src="http://${host}/wp-content/uploads/gone.jpg" alt="Gone">`);
    expect(post.content_html).toContain('<img src="https://elsewhere.example/keep.png" alt="Elsewhere">');
  });

  it('leaves images as links by default', async () => {
    requests.length = 0;
    const summary = await runImport(t.fixture('wordpress.xml', `${host}/other`));
    expect(summary.images).toBeUndefined();
    expect(requests).toEqual([]);
  });
});
