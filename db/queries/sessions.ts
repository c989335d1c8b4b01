import 'server-only';
import { eq, lte } from 'drizzle-orm';
import { db } from '../client';
import { revokedSessions } from '../schema';

/**
 * Ends a session everywhere: the token that carries `sessionId` is refused from now on, in any
 * browser. Kept until `expiresAt`, when the token would have been refused anyway.
 */
export async function revokeSession(sessionId: string, expiresAt: Date) {
  await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  const [row] = await db
    .select({ sessionId: revokedSessions.sessionId })
    .from(revokedSessions)
    .where(eq(revokedSessions.sessionId, sessionId))
    .limit(1);
  return row !== undefined;
}

/** Forgets revocations of sessions that have expired on their own. Returns how many. */
export async function purgeExpiredRevokedSessions(now: Date): Promise<number> {
  const deleted = await db
    .delete(revokedSessions)
    .where(lte(revokedSessions.expiresAt, now))
    .returning({ sessionId: revokedSessions.sessionId });
  return deleted.length;
}
