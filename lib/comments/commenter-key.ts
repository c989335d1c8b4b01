import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { keyedHash } from '@/lib/auth/keyed-hash';
import { authSecret } from '@/lib/auth/secret';
import { requestOrigin } from '@/lib/request-origin';

/**
 * The commenter key: a random value a browser is given when its reader first starts a comment
 * (app/api/comments/token; the comment action itself when the form posted without JavaScript),
 * kept in an HttpOnly cookie. A returning commenter is recognised by it (lib/comments/trust.ts), not
 * by a name or email anyone could type. Only the comment action and the form-token route read it:
 * reader pages are cached and read no cookies. Comments store only its keyed hash.
 */
export const COMMENTER_KEY_COOKIE = 'inkwell-commenter';
const KEY_BYTES = 32;
const KEY_PATTERN = /^[\w-]{43}$/;
// Long enough that a regular commenter stays known; the key carries no data of its own.
const KEY_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** This browser's commenter key, given to it now when it has none (or a malformed one). */
export async function commenterKey(): Promise<string> {
  const jar = await cookies();
  const current = jar.get(COMMENTER_KEY_COOKIE)?.value;
  if (current && KEY_PATTERN.test(current)) return current;
  const key = randomBytes(KEY_BYTES).toString('base64url');
  jar.set(COMMENTER_KEY_COOKIE, key, {
    httpOnly: true,
    sameSite: 'lax',
    secure: (await requestOrigin())?.startsWith('https:') ?? false,
    path: '/',
    maxAge: KEY_MAX_AGE_SECONDS,
  });
  return key;
}

/** What a comment stores: the key's keyed hash, so a database copy cannot be turned back into cookies. */
export function hashCommenterKey(key: string): string {
  return keyedHash(authSecret(), `commenter-key:${key}`);
}
