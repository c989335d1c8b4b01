import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../client';

/** When the newest applied migration was made (drizzle's `created_at`), or null on an unmigrated file. */
export async function newestAppliedMigration(): Promise<number | null> {
  const rows = await db.all<{ newest: number | null }>(sql`SELECT max(created_at) AS newest FROM __drizzle_migrations`);
  return rows[0]?.newest === null || rows[0]?.newest === undefined ? null : Number(rows[0].newest);
}
