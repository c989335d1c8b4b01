import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { cache } from 'react';
import { CHANGE_PASSWORD_PATH, loginPath } from './callback-url';
import { can, type Permission } from './roles';
import { openSession, type OpenSession, type SessionUser } from './session-check';
import { readSessionClaims } from './session-token';

export type { SessionUser } from './session-check';

export { CHANGE_PASSWORD_PATH } from './callback-url';

/**
 * The session behind this request, or null. The token only names a person and a session: both are
 * re-read on every request (lib/auth/session-check.ts), so signing out, disabling an account, a
 * changed password or a changed role takes effect on the next request, whatever the token says.
 * Memoized per request.
 */
export const getSession = cache(async (): Promise<OpenSession | null> => {
  // Per request by nature; Cache Components must know before anything reads the cookie.
  await connection();
  return openSession(await readSessionClaims(await headers()));
});

/**
 * The signed-in person, or null — null too while they must still replace a temporary password,
 * so no page, action or route handler does anything for them until they have.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getSession();
  return session && !session.mustChangePassword ? session.user : null;
}

/** The signed-in person; or a redirect to /login that brings them back to `returnTo`, or to change a temporary password. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect(loginPath(returnTo));
  if (session.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return session.user;
}

/** The signed-in person if their role allows `permission`; otherwise a 403 page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) forbidden();
  return user;
}
