import { randomBytes } from 'node:crypto';
import { DAY_MS } from '@/lib/time';
import { keyedHash, safeEqual } from './keyed-hash';

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser
 * that signed in to an account is given a token that names that account, so failures elsewhere
 * cannot lock that browser out (lib/rate-limit/sign-in.ts, docs/auth.md).
 *
 * The token is `issuedAt.nonce.signature`, the signature an HMAC under the auth secret of the
 * account's normalized email, the time and the nonce. The email itself is not in the cookie: the
 * server checks a token against the email typed into the form, so it need not read one from it.
 */

export const DEVICE_TOKEN_LIFETIME_DAYS = 365;
const LIFETIME_MS = DEVICE_TOKEN_LIFETIME_DAYS * DAY_MS;

function signature(secret: string, account: string, issuedAt: string, nonce: string): string {
  // JSON keeps the fields apart whatever characters a typed email holds.
  return keyedHash(secret, JSON.stringify(['inkwell:device-cookie', account, issuedAt, nonce]));
}

export function issueDeviceToken(secret: string, account: string, now = Date.now()): string {
  const issuedAt = String(Math.floor(now / 1000));
  const nonce = randomBytes(16).toString('base64url');
  return `${issuedAt}.${nonce}.${signature(secret, account, issuedAt, nonce)}`;
}

/**
 * The device's id (its nonce) when `token` was issued by this server to a browser that signed in
 * to `account`, within the token's lifetime; otherwise null. The id is what failures are counted
 * against.
 */
export function verifiedDeviceId(secret: string, account: string, token: string | undefined, now = Date.now()): string | null {
  const [issuedAt, nonce, signed, extra] = token?.split('.') ?? [];
  if (!issuedAt || !nonce || !signed || extra !== undefined || !/^\d+$/.test(issuedAt)) return null;
  if (!safeEqual(signature(secret, account, issuedAt, nonce), signed)) return null;
  const age = now - Number(issuedAt) * 1000;
  return age >= 0 && age <= LIFETIME_MS ? nonce : null;
}
