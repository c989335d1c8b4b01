import 'server-only';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { users, type UserRole } from '../schema';
import { consumeToken, deleteTokens } from './tokens';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string, conn: Connection = db) {
  const [user] = await conn
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return user ?? null;
}

export async function createUser(
  input: {
    email: string;
    name: string;
    passwordHash: string;
    role: UserRole;
    disabled?: boolean;
    /** The password was generated for them ("create user"): they must choose their own at the next sign-in. */
    temporaryPassword?: boolean;
  },
  conn: Connection = db,
) {
  const [user] = await conn
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      passwordHash: input.passwordHash,
      role: input.role,
      disabledAt: input.disabled ? new Date() : null,
      mustChangePassword: input.temporaryPassword ?? false,
    })
    .returning();
  return user;
}

export async function countAdmins(): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(eq(users.role, 'admin'));
  return row?.n ?? 0;
}

export async function findUserById(id: number) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export interface UserListItem {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  disabledAt: Date | null;
  createdAt: Date;
}

const listColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

/** Every account, admins first, then by name. Never returns password hashes. */
export async function listUsers(): Promise<UserListItem[]> {
  return db.select(listColumns).from(users).orderBy(asc(users.role), asc(users.name), asc(users.id));
}

export async function findUserListItem(id: number): Promise<UserListItem | null> {
  const [user] = await db.select(listColumns).from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function updateUserProfile(id: number, profile: { name: string; bio: string }) {
  await db.update(users).set({ name: profile.name.trim(), bio: profile.bio.trim() }).where(eq(users.id, id));
}

/**
 * Sets a new password. `temporary` is a password someone else was shown (an admin's reset): it
 * must be replaced at the next sign-in. A password the person chose clears that requirement.
 */
export async function updateUserPasswordHash(id: number, passwordHash: string, { temporary = false } = {}) {
  await db.update(users).set({ passwordHash, mustChangePassword: temporary }).where(eq(users.id, id));
}

const isActiveAdmin = and(eq(users.role, 'admin'), isNull(users.disabledAt));

async function countOtherActiveAdmins(tx: Pick<typeof db, 'select'>, exceptId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(and(isActiveAdmin, ne(users.id, exceptId)));
  return row?.n ?? 0;
}

export type GuardedUpdate = { ok: true } | { ok: false; reason: 'not-found' | 'last-admin' };

/**
 * Changes an account's role, or its disabled state, unless that would leave no active admin.
 * The check and the write share one write transaction, so two admins demoting each other at the
 * same moment cannot both succeed.
 */
export async function updateUserAccess(id: number, change: { role: UserRole } | { disabled: boolean }): Promise<GuardedUpdate> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ role: users.role, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, id))
      .limit(1);
    if (!target) return { ok: false, reason: 'not-found' } as const;

    const wasActiveAdmin = target.role === 'admin' && target.disabledAt === null;
    const staysActiveAdmin =
      'role' in change ? change.role === 'admin' && target.disabledAt === null : target.role === 'admin' && !change.disabled;
    if (wasActiveAdmin && !staysActiveAdmin && (await countOtherActiveAdmins(tx, id)) === 0) {
      return { ok: false, reason: 'last-admin' } as const;
    }

    const values =
      'role' in change ? { role: change.role } : { disabledAt: change.disabled ? (target.disabledAt ?? new Date()) : null };
    await tx.update(users).set(values).where(eq(users.id, id));
    return { ok: true } as const;
  });
}

export type FirstAdminResult =
  { ok: true; user: typeof users.$inferSelect } | { ok: false; reason: 'admin-exists' | 'token-refused' };

/**
 * Creates the owner's account, only while there is no admin and only with a live setup token,
 * which is spent in the same write transaction: first-run setup may race with another browser
 * holding the same link, and only one of them may win. Every other setup link dies with it.
 */
export async function createFirstAdmin(
  input: { email: string; name: string; passwordHash: string },
  setupTokenHash: string,
  now = new Date(),
): Promise<FirstAdminResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
    if (existing) return { ok: false, reason: 'admin-exists' } as const;
    if (!(await consumeToken(setupTokenHash, 'setup', now, tx))) return { ok: false, reason: 'token-refused' } as const;
    await deleteTokens('setup', tx);
    const [user] = await tx
      .insert(users)
      .values({ email: normalizeEmail(input.email), name: input.name.trim(), passwordHash: input.passwordHash, role: 'admin' })
      .returning();
    return { ok: true, user } as const;
  });
}
