/**
 * The one rule for state-changing route handlers (docs/security.md): a request a browser sent from
 * another site is refused. Browsers add `Origin` to every POST and `Sec-Fetch-Site` to every request,
 * and a page cannot forge either; a client that sends neither is not a browser, so it carries no
 * victim's cookies and is judged by the handler's own checks (session, token, limits).
 * Route handlers that a server calls instead of a browser check a secret token instead.
 */

/** This site's origin as the request reached it, honouring a trusted proxy's X-Forwarded-Host/Proto (scripts/serve.ts drops them from anyone else). */
export function originOfRequest(headers: Headers): string | null {
  const first = (name: string) => headers.get(name)?.split(',')[0].trim() || null;
  const host = first('x-forwarded-host') ?? first('host');
  if (!host) return null;
  const proto = first('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return httpOrigin(`${proto}://${host}`);
}

/** Whether a browser sent this request from a page of another origin. */
export function isCrossSiteRequest(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  return httpOrigin(origin) !== originOfRequest(headers);
}

/** The origin of an http(s) URL, or null for anything else (`null`, `file:`, garbage). */
export function httpOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** A 403 for a cross-site request, or null when the handler may go on. */
export function refuseCrossSiteRequest(request: Request): Response | null {
  return isCrossSiteRequest(request.headers)
    ? Response.json({ error: 'Requests from other sites are not accepted.' }, { status: 403 })
    : null;
}
