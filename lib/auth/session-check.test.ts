import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated SQLite file: revocation is a row that every later request must find.
testDatabase('sessions');
process.env.AUTH_SECRET = 'a-unit-test-secret-that-is-long-enough';

let check: typeof import('./session-check');
let token: typeof import('./session-token');
let sessions: typeof import('@/db/queries/sessions');
let users: typeof import('@/db/queries/users');
let stamp: (passwordHash: string) => string;

beforeAll(async () => {
  check = await import('./session-check');
  token = await import('./session-token');
  sessions = await import('@/db/queries/sessions');
  users = await import('@/db/queries/users');
  const { sessionStamp } = await import('./session-stamp');
  stamp = (hash) => sessionStamp(process.env.AUTH_SECRET!, hash);
});

const DAY = 24 * 60 * 60 * 1000;

async function signedIn(email: string) {
  const user = await users.createUser({ email, name: email, passwordHash: `hash-of-${email}`, role: 'author' });
  const claims = token.claimsFromToken({
    sub: String(user.id),
    stamp: stamp(user.passwordHash),
    sid: token.newSessionId(),
    authTime: Math.floor(Date.now() / 1000),
  })!;
  return { user, claims };
}

describe('openSession', () => {
  it('opens a live session and names the person, never their hash', async () => {
    const { user, claims } = await signedIn('live@example.com');
    expect(await check.openSession(claims)).toEqual({
      user: { id: user.id, name: user.name, email: user.email, role: 'author' },
      mustChangePassword: false,
    });
  });

  it('refuses a signed-out session, from any copy of its token, and only that session', async () => {
    const { user, claims } = await signedIn('signed-out@example.com');
    const otherDevice = { ...claims, sessionId: token.newSessionId() };
    await sessions.revokeSession(claims.sessionId, claims.expiresAt);
    await sessions.revokeSession(claims.sessionId, claims.expiresAt); // signing out twice is harmless
    expect(await check.openSession(claims)).toBeNull();
    expect(await check.openSession({ ...claims })).toBeNull();
    expect((await check.openSession(otherDevice))?.user.id).toBe(user.id);
  });

  it('refuses a token without a session id (issued before sessions had one)', async () => {
    const { user } = await signedIn('no-sid@example.com');
    expect(
      token.claimsFromToken({ sub: String(user.id), stamp: stamp(user.passwordHash), authTime: Math.floor(Date.now() / 1000) }),
    ).toBeNull();
    expect(token.claimsFromToken({ sub: String(user.id), stamp: stamp(user.passwordHash), sid: '', authTime: 1 })).toBeNull();
    expect(await check.openSession(null)).toBeNull();
  });

  it('ends a session 14 days after sign-in, however often its cookie was re-issued', async () => {
    const { claims } = await signedIn('old@example.com');
    expect(claims.expiresAt.getTime()).toBeCloseTo(Date.now() + 14 * DAY, -4);
    expect(await check.openSession(claims, new Date(Date.now() + 14 * DAY + 60_000))).toBeNull();
  });

  it('refuses a disabled account and a changed password, and reports a temporary one', async () => {
    const { user, claims } = await signedIn('changes@example.com');
    await users.updateUserPasswordHash(user.id, 'a-new-hash', { temporary: true });
    expect(await check.openSession(claims)).toBeNull();
    const fresh = { ...claims, stamp: stamp('a-new-hash') };
    expect(await check.openSession(fresh)).toMatchObject({ mustChangePassword: true });
    await users.updateUserAccess(user.id, { disabled: true });
    expect(await check.openSession(fresh)).toBeNull();
  });
});

describe('purgeExpiredRevokedSessions', () => {
  it('forgets only revocations whose token has expired anyway', async () => {
    const now = new Date();
    await sessions.revokeSession('expired-session', new Date(now.getTime() - 1000));
    await sessions.revokeSession('current-session', new Date(now.getTime() + DAY));
    expect(await sessions.purgeExpiredRevokedSessions(now)).toBe(1);
    expect(await sessions.isSessionRevoked('expired-session')).toBe(false);
    expect(await sessions.isSessionRevoked('current-session')).toBe(true);
  });
});
