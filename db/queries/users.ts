import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { users, type UserRole } from '../schema';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  return user ?? null;
}

export async function createUser(input: {
  email: string;
  name: string;
  passwordHash: string;
  role: UserRole;
  disabled?: boolean;
}) {
  const [user] = await db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      passwordHash: input.passwordHash,
      role: input.role,
      disabledAt: input.disabled ? new Date() : null,
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
