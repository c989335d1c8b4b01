import { keyedHash, safeEqual } from '@/lib/auth/keyed-hash';

// A signed "form loaded at" time: a comment posted sooner than a person could type is refused.
// Tokens older than a day are stale (the page was left open); the reader just posts again.
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type FormTokenCheck = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'expired';

const sign = (secret: string, issuedAt: number) => keyedHash(secret, `comment-form:${issuedAt}`);

export function createFormToken(secret: string, now = Date.now()): string {
  return `${now}.${sign(secret, now)}`;
}

export function checkFormToken(
  token: string | null | undefined,
  secret: string,
  minSeconds: number,
  now = Date.now(),
): FormTokenCheck {
  if (!token) return 'missing';
  const [issuedText, signature] = token.split('.');
  const issuedAt = Number(issuedText);
  if (!Number.isSafeInteger(issuedAt) || !signature) return 'invalid';
  if (!safeEqual(sign(secret, issuedAt), signature)) return 'invalid';
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  if (now - issuedAt > MAX_AGE_MS) return 'expired';
  return 'ok';
}
