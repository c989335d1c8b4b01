import { keyedHash, safeEqual } from './keyed-hash';

/**
 * A fingerprint of the user's password hash, carried in the session token. Every request compares
 * it with the database, so changing or resetting a password ends every other session at once,
 * without a session table. Keyed with the auth secret, so the stamp says nothing about the hash.
 */
export function sessionStamp(secret: string, passwordHash: string): string {
  return keyedHash(secret, `session:${passwordHash}`).slice(0, 22);
}

export function stampMatches(secret: string, passwordHash: string, stamp: unknown): boolean {
  return typeof stamp === 'string' && safeEqual(sessionStamp(secret, passwordHash), stamp);
}
