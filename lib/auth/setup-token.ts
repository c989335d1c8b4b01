import { createHash, randomBytes } from 'node:crypto';

/** How long a printed setup link works. */
export const SETUP_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A new first-run setup token: 256 random bits, printed once and stored only as a hash. */
export function newSetupToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored for a token. The token is random and long, so a plain SHA-256 is enough: unlike
 * a password, it cannot be guessed from its hash, and a leaked table opens nothing.
 */
export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function setupUrl(origin: string, token: string): string {
  const url = new URL('/setup', origin);
  url.searchParams.set('token', token);
  return url.toString();
}
