/**
 * The address a request came from, for per-address limits — the one function everyone calls.
 *
 * The app cannot see the socket, so the address is decided where the request enters: the
 * production server (scripts/serve.ts, run by `npm start`) replaces X-Forwarded-For and X-Real-IP
 * with the client's address, computed from the socket and TRUSTED_PROXIES
 * (lib/rate-limit/client-address.ts), before Next sees the request. Here the header therefore holds
 * one address. Under `next dev` (or a bare `next start`) it is whatever the client sent, with the
 * socket's address appended by Next only when there was none: fine for development, never for
 * production (docs/auth.md).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const address = last ?? headers.get('x-real-ip')?.trim();
  if (!address) return 'unknown';
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; count them as one address.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}
