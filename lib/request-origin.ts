import 'server-only';
import { headers } from 'next/headers';
import { httpOrigin, originOfRequest } from '@/lib/http/same-origin';

/**
 * The origin the browser used for this request, e.g. https://blog.example.com — the address the
 * owner typed at setup, which is what readers will use too: the browser's Origin header when it
 * sent one, else the host and scheme the request reached us by. Null when it cannot be told.
 */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const origin = h.get('origin');
  return origin ? httpOrigin(origin) : originOfRequest(h);
}
