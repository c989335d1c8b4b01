import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated SQLite file: the token is spent in the transaction that creates the owner.
testDatabase('setup');

let gate: typeof import('./setup-gate');
let users: typeof import('@/db/queries/users');
let tokens: typeof import('@/db/queries/tokens');
let hash: (token: string) => string;

beforeAll(async () => {
  gate = await import('./setup-gate');
  users = await import('@/db/queries/users');
  tokens = await import('@/db/queries/tokens');
  hash = (await import('./setup-token')).hashSetupToken;
});

const HOUR = 60 * 60 * 1000;
const owner = (email: string) => ({ email, name: 'Owner', passwordHash: 'x' });

describe('first-run setup link', () => {
  it('refuses a missing or made-up token', async () => {
    await gate.issueSetupToken();
    expect(await gate.setupAccess(undefined)).toBe('refused');
    expect(await gate.setupAccess('')).toBe('refused');
    expect(await gate.setupAccess('guessed-token')).toBe('refused');
  });

  it('refuses a token older than 24 hours, and cannot create the owner with it', async () => {
    const issuedAt = new Date(Date.now() - 25 * HOUR);
    const expired = await gate.issueSetupToken(issuedAt);
    expect(await gate.setupAccess(expired, new Date(issuedAt.getTime() + 23 * HOUR))).toBe('open');
    expect(await gate.setupAccess(expired)).toBe('refused');
    expect(await users.createFirstAdmin(owner('late@example.com'), hash(expired))).toEqual({
      ok: false,
      reason: 'token-refused',
    });
    expect(await users.countAdmins()).toBe(0);
  });

  it('opens with a fresh token, works once, and then setup is done for every link', async () => {
    const fresh = await gate.issueSetupToken();
    const other = await gate.issueSetupToken();
    expect(await gate.setupAccess(fresh)).toBe('open');
    const created = await users.createFirstAdmin(owner('Owner@Example.com'), hash(fresh));
    expect(created).toMatchObject({ ok: true, user: { email: 'owner@example.com', role: 'admin' } });

    expect(await users.createFirstAdmin(owner('second@example.com'), hash(fresh))).toEqual({ ok: false, reason: 'admin-exists' });
    expect(await gate.setupAccess(fresh)).toBe('done');
    // The other printed link died with the first: no setup token is left to steal.
    expect(await tokens.isLiveToken(hash(other), 'setup', new Date())).toBe(false);
  });
});

describe('consumeToken', () => {
  it('spends a token once: a second use is refused', async () => {
    const used = await gate.issueSetupToken();
    expect(await tokens.consumeToken(hash(used), 'setup', new Date())).toBe(true);
    expect(await tokens.consumeToken(hash(used), 'setup', new Date())).toBe(false);
  });
});

describe('purgeExpiredTokens', () => {
  it('deletes only expired tokens', async () => {
    const now = new Date();
    const stale = await gate.issueSetupToken(new Date(now.getTime() - 25 * HOUR));
    const live = await gate.issueSetupToken(now);
    expect(await tokens.purgeExpiredTokens(now)).toBeGreaterThanOrEqual(1);
    expect(await tokens.isLiveToken(hash(stale), 'setup', new Date(0))).toBe(false);
    expect(await tokens.isLiveToken(hash(live), 'setup', now)).toBe(true);
  });
});
