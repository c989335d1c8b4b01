import 'server-only';
import { randomBytes } from 'node:crypto';
import { getToken } from 'next-auth/jwt';
import { authSecret } from './secret';

/** How long a session lasts from sign-in, however often its cookie is re-issued. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/** What the session token says, once decrypted: who, since when, and which session it is. */
export interface SessionClaims {
  userId: number;
  /** Fingerprint of the password hash at sign-in (lib/auth/session-stamp.ts). */
  stamp: string;
  /** Random id of this sign-in; "Sign out" revokes it (db/queries/sessions.ts). */
  sessionId: string;
  /** sign-in time + SESSION_MAX_AGE_SECONDS: no copy of the token outlives it. */
  expiresAt: Date;
}

/** A new session id for a sign-in: 128 random bits. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export function sessionExpiry(authTimeSeconds: number): Date {
  return new Date((authTimeSeconds + SESSION_MAX_AGE_SECONDS) * 1000);
}

/** The claims of a decoded token, or null when one is missing or malformed (e.g. a token from before sessions had ids). */
export function claimsFromToken(token: Record<string, unknown> | null): SessionClaims | null {
  if (!token) return null;
  const userId = Number(token.sub);
  const { stamp, sid, authTime } = token;
  if (!Number.isSafeInteger(userId) || typeof stamp !== 'string' || typeof sid !== 'string' || !sid) return null;
  if (typeof authTime !== 'number' || !Number.isFinite(authTime)) return null;
  return { userId, stamp, sessionId: sid, expiresAt: sessionExpiry(authTime) };
}

/**
 * Reads the session token from a request's cookies: decrypts and checks it, and nothing more.
 * Unlike next-auth's `auth()` wrapper, this never answers with a re-issued cookie — a response
 * that re-issues one can arrive after "Sign out" cleared it and set it again (docs/auth.md).
 */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  // next-auth names the cookie `__Secure-…` when the request came over https, directly or via a
  // proxy's X-Forwarded-Proto; with no such header it assumes https, as @auth/core does.
  const protocol = (headers.get('x-forwarded-proto') ?? 'https').split(',')[0].trim().replace(/:$/, '');
  const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie: protocol === 'https' });
  return claimsFromToken(token);
}
