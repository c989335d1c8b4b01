import { createHmac, timingSafeEqual } from 'node:crypto';

// A signed "form loaded at" time: a comment posted sooner than a person could type is refused.
// Tokens older than a day are stale (the page was left open); the reader just posts again.
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type FormTokenCheck = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'expired';

function sign(secret: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`comment-form:${issuedAt}`).digest('base64url');
}

export function createFormToken(secret: string, now = Date.now()): string {
  return `${now}.${sign(secret, now)}`;
}

export function checkFormToken(token: string | null | undefined, secret: string, minSeconds: number, now = Date.now()): FormTokenCheck {
  if (!token) return 'missing';
  const [issuedText, signature] = token.split('.');
  const issuedAt = Number(issuedText);
  if (!Number.isSafeInteger(issuedAt) || !signature) return 'invalid';
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  if (now - issuedAt > MAX_AGE_MS) return 'expired';
  return 'ok';
}
