import 'server-only';

/**
 * The client's address as Next passes it on (`x-forwarded-for`, first entry). `next start` fills
 * it from the socket when absent; behind a reverse proxy, the proxy must set it. A client talking
 * to Next directly can send its own header, so this is good for rate limits and spam heuristics,
 * not for anything that grants access.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
