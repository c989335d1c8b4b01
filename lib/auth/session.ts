import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { auth } from '@/auth';
import { findUserById } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';
import { loginPath } from './callback-url';
import { can, type Permission } from './roles';
import { authSecret } from './secret';
import { stampMatches } from './session-stamp';

/** The signed-in person, as pages and actions see them: never the password hash. */
export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: UserRole;
}

/**
 * The person behind this request, or null. The session token only names them: their account is
 * re-read on every request, so a disabled account, a changed password or a changed role takes
 * effect on the next request, whatever the token says. Memoized per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // next-auth draws random bytes while reading the session; Cache Components allows that only
  // once the render is known to be per request.
  await connection();
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isSafeInteger(id)) return null;
  const user = await findUserById(id);
  if (!user || user.disabledAt || !stampMatches(authSecret(), user.passwordHash, session.stamp)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** The signed-in person, or a redirect to /login that brings them back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginPath(returnTo));
  return user;
}

/** The signed-in person if their role allows `permission`; otherwise a 403 page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) forbidden();
  return user;
}
