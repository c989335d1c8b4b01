import http from 'node:http';
import { devices, expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { accounts } from './support/accounts';
import { e2eDatabase } from './support/db';
import { readerAddress } from './support/readers';
import { signedInPage } from './support/session';

// What another site, a flood of beacons or an oversized upload can do with Inkwell's route
// handlers: nothing. Requests go through Playwright's request API (and, for a chunked body, Node's
// own http client) against the real server.

const SLUG = 'comments-that-add-something';
const FORGED = { origin: 'https://evil.example' };
const unique = (what: string) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function viewsOf(slug: string) {
  const db = e2eDatabase();
  try {
    const { rows } = await db.execute({
      sql: 'select coalesce(sum(v.views), 0) as n from post_views v join posts p on p.id = v.post_id where p.slug = ?',
      args: [slug],
    });
    return Number(rows[0].n);
  } finally {
    db.close();
  }
}

/** A reader's client: one address and one browser (user agent) of its own. */
function readerClient(baseURL: string | undefined) {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: {
      'x-forwarded-for': readerAddress(),
      'user-agent': `${devices['Desktop Chrome'].userAgent} ${unique('reader')}`,
    },
  });
}

test('a reader who sends the view beacon 200 times moves the count by one', async ({ baseURL }) => {
  const before = await viewsOf(SLUG);
  const reader = await readerClient(baseURL);
  const answers = await Promise.all(Array.from({ length: 200 }, () => reader.post('/api/views', { data: { slug: SLUG } })));
  expect(answers.map((a) => a.status())).toEqual(Array(200).fill(204));
  expect(await viewsOf(SLUG)).toBe(before + 1);

  // Another reader still counts.
  const another = await readerClient(baseURL);
  expect((await another.post('/api/views', { data: { slug: SLUG } })).status()).toBe(204);
  expect(await viewsOf(SLUG)).toBe(before + 2);
  await reader.dispose();
  await another.dispose();
});

test('a beacon larger than 1 KB is refused and not counted', async ({ baseURL }) => {
  const reader = await readerClient(baseURL);
  const before = await viewsOf(SLUG);
  const oversized = await reader.post('/api/views', { data: { slug: SLUG, padding: 'x'.repeat(2048) } });
  expect(oversized.status()).toBe(413);
  expect(await viewsOf(SLUG)).toBe(before);
  await reader.dispose();
});

test('a beacon forged by another site is refused and not counted', async ({ baseURL }) => {
  const reader = await readerClient(baseURL);
  const before = await viewsOf(SLUG);
  const fromOrigin = await reader.post('/api/views', { data: { slug: SLUG }, headers: FORGED });
  expect(fromOrigin.status()).toBe(403);
  const fromFetchMetadata = await reader.post('/api/views', {
    data: { slug: SLUG },
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  expect(fromFetchMetadata.status()).toBe(403);
  expect(await viewsOf(SLUG)).toBe(before);

  // The same reader's honest beacon, from this site's own origin, counts.
  const own = await reader.post('/api/views', {
    data: { slug: SLUG },
    headers: { origin: new URL(baseURL!).origin, 'sec-fetch-site': 'same-origin' },
  });
  expect(own.status()).toBe(204);
  expect(await viewsOf(SLUG)).toBe(before + 1);
  await reader.dispose();
});

const smallJpeg = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#c72' } })
    .jpeg()
    .toBuffer();

test("another site cannot upload with a signed-in author's cookies", async ({ browser }) => {
  const page = await signedInPage(browser, accounts.author);
  const image = { file: { name: 'cover.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() }, alt: 'A small picture' };

  const forged = await page.request.post('/api/media', { multipart: image, headers: FORGED });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toBe('Requests from other sites are not accepted.');
  const forgedMetadata = await page.request.post('/api/media', { multipart: image, headers: { 'sec-fetch-site': 'cross-site' } });
  expect(forgedMetadata.status()).toBe(403);

  // The same cookies from this site's own pages do upload.
  const own = await page.evaluate(async () => {
    const form = new FormData();
    const canvas = Object.assign(document.createElement('canvas'), { width: 40, height: 30 });
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    form.append('file', new File([blob], 'own.png', { type: 'image/png' }));
    form.append('alt', 'Own upload');
    return (await fetch('/api/media', { method: 'POST', body: form })).status;
  });
  expect(own).toBe(201);
  await page.context().close();
});

const MB = 1024 * 1024;

/**
 * An upload sent with Transfer-Encoding: chunked and no Content-Length, as a hostile client would.
 * Stops sending once the server has answered, and says how much it had sent by then.
 */
function chunkedUpload(
  url: URL,
  cookie: string,
  totalBytes: number,
): Promise<{ status: number; body: string; sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    const boundary = unique('inkwell-boundary');
    let answered = false;
    const upload = http.request(url, {
      method: 'POST',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    });
    let sent = 0;
    upload.on('response', (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer }));
      response.on('error', reject);
    });
    // The server may close the connection while the rest of the body is still being sent.
    upload.on('error', (error) => (answered ? undefined : reject(error)));
    upload.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0xff);
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!upload.write(chunk)) return void upload.once('drain', pump);
      }
      upload.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}

async function cookieHeader(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

test('a chunked upload over 10 MB without Content-Length is refused, and the server keeps serving', async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, accounts.author);
  const answer = await chunkedUpload(new URL('/api/media', baseURL), await cookieHeader(page), 64 * MB);
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body).error).toBe('This image is larger than 10 MB. Choose a smaller one.');
  // Refused once the limit was passed, not after reading everything: 10 MB, plus what the
  // sockets' buffers hold, of the 64 MB on offer.
  expect(answer.sentBeforeAnswer).toBeLessThan(32 * MB);

  const home = await page.request.get('/');
  expect(home.status()).toBe(200);
  await page.goto('/admin/posts/new');
  await expect(page.getByRole('textbox', { name: 'Post body' })).toBeVisible();
  await page.context().close();
});
