import 'server-only';
import { isSessionRevoked } from '@/db/queries/sessions';
import { findUserById } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';
import { authSecret } from './secret';
import { stampMatches } from './session-stamp';
import type { SessionClaims } from './session-token';

/** The signed-in person, as pages and actions see them: never the password hash. */
export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: UserRole;
}

export interface OpenSession {
  user: SessionUser;
  /** A temporary password is still in use: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
}

/**
 * The one rule for whether a session token still opens the back office, asked by proxy.ts and by
 * every page, action and route handler (lib/auth/session.ts). The token only names a person and a
 * session: the session must not have been signed out, nor be older than its lifetime; the account
 * must exist, be enabled and still have the password the token was issued for.
 */
export async function openSession(claims: SessionClaims | null, now = new Date()): Promise<OpenSession | null> {
  if (!claims || claims.expiresAt <= now) return null;
  const [user, revoked] = await Promise.all([findUserById(claims.userId), isSessionRevoked(claims.sessionId)]);
  if (!user || revoked || user.disabledAt || !stampMatches(authSecret(), user.passwordHash, claims.stamp)) return null;
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    mustChangePassword: user.mustChangePassword,
  };
}
