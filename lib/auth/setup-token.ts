import { keyedHash, safeEqual } from './keyed-hash';

/**
 * The first-run setup token. Derived from the auth secret rather than stored, so every server
 * process sharing the secret accepts the same token, and it needs no cleanup: once an admin exists
 * /setup is gone and the token opens nothing.
 */
export function deriveSetupToken(secret: string): string {
  return keyedHash(secret, 'inkwell:first-run-setup');
}

export function isSetupToken(secret: string, candidate: unknown): boolean {
  return typeof candidate === 'string' && safeEqual(deriveSetupToken(secret), candidate);
}

export function setupUrl(origin: string, token: string): string {
  const url = new URL('/setup', origin);
  url.searchParams.set('token', token);
  return url.toString();
}
