import 'server-only';
import { headers } from 'next/headers';

/**
 * The origin the browser used for this request, e.g. https://blog.example.com — the address the
 * owner typed at setup, which is what readers will use too. Null when it cannot be told.
 */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  const candidate = h.get('origin') ?? (host ? `${h.get('x-forwarded-proto') ?? 'http'}://${host}` : null);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
