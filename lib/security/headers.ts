// Security headers for every response, applied by next.config.ts `headers()` (so they reach
// prerendered pages, route handlers, 404s and /_next/static alike). Why each source is allowed
// is written in docs/security.md, "Security headers"; change both together.

/**
 * Content-Security-Policy. Reader pages are prerendered and served from the cache, so they cannot
 * carry a per-request nonce, and Next inlines its bootstrap (`self.__next_f.push(...)`, different
 * on every page) as inline scripts: inline script elements must be allowed. Inline event-handler
 * attributes (onerror=, onclick=) are not: React never writes them, and they are what an HTML
 * injection would use first.
 */
export function contentSecurityPolicy({ development = false } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'unsafe-eval' only for `next dev`, where React rebuilds server error stacks with eval.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
    // Tiptap injects its base stylesheet as a <style> element; React sets a few style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Imported posts may show images from other hosts (the sanitizer allows http and https);
    // blob: is the editor's preview of an image being uploaded.
    'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    // Post HTML has no iframes, objects or embeds (lib/content/sanitize.ts), and nothing frames us.
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export interface SecurityHeader {
  key: string;
  value: string;
}

export function securityHeaders({ development = false } = {}): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Nothing on the blog uses these; a page (or an injected script) cannot ask for them.
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // For browsers older than frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

/**
 * HSTS, only on responses to requests that arrived over https: Next itself serves plain http, so
 * that means a TLS-terminating proxy in front said so in X-Forwarded-Proto. (Browsers ignore HSTS
 * received over http, so a client forging the header gains nothing.) No `preload`: that is a
 * commitment the owner makes for the whole domain.
 */
export const strictTransportSecurity: SecurityHeader = {
  key: 'Strict-Transport-Security',
  value: 'max-age=63072000; includeSubDomains',
};
