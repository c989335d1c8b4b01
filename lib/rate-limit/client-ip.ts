/**
 * The address a request came from, for per-IP limits. Next.js fills X-Forwarded-For with the
 * socket's address when a request arrives without one; a reverse proxy in front appends the
 * address it saw. The last entry is therefore the one added by the nearest hop — the only one a
 * client cannot choose when Inkwell runs behind a proxy (see docs/auth.md).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last ?? headers.get('x-real-ip')?.trim();
  if (!address) return 'unknown';
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; count them as one address.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}
