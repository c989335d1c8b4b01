import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body';

/** A request whose body arrives in chunks, with no Content-Length, like a chunked upload. */
function chunkedRequest(chunks: number, chunkBytes: number) {
  let sent = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(120));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request('http://blog.test/upload', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, sent: () => sent, cancelled: () => cancelled };
}

describe('readLimitedBody', () => {
  it('returns the whole body when it is within the limit', async () => {
    const { request } = chunkedRequest(4, 256);
    const body = await readLimitedBody(request, 1024);
    expect(body?.byteLength).toBe(1024);
    expect(body?.every((byte) => byte === 120)).toBe(true);
  });

  it('stops reading as soon as a body without Content-Length passes the limit', async () => {
    const { request, sent, cancelled } = chunkedRequest(1000, 1024);
    expect(await readLimitedBody(request, 4096)).toBeNull();
    expect(sent()).toBeLessThanOrEqual(6);
    expect(cancelled()).toBe(true);
  });

  it('counts the bytes, not what Content-Length claims', async () => {
    const request = new Request('http://blog.test/upload', {
      method: 'POST',
      body: 'x'.repeat(2000),
      headers: { 'content-length': '10' },
    });
    expect(await readLimitedBody(request, 1024)).toBeNull();
  });

  it('reads an empty body as empty', async () => {
    expect((await readLimitedBody(new Request('http://blog.test/', { method: 'POST' }), 10))?.byteLength).toBe(0);
  });
});
