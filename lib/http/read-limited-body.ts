/**
 * Reads a request body up to `maxBytes`, counting bytes as they arrive: a chunked body has no
 * Content-Length to check, and one that lies about its length is caught too. Stops reading (and
 * cancels the stream) as soon as the limit is passed, so an oversized body is never held in memory.
 * Returns null when the body is larger than the limit.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
