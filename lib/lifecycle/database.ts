import type { Client } from '@libsql/client';

/**
 * Closes the process's database connection, if one was opened (db/client.ts keeps it on
 * globalThis). Read from there rather than imported: importing db/client.ts would open one, and
 * the server's Next.js bundle has its own copy of the module, sharing only globalThis.
 */
export function closeDatabase(): boolean {
  const holder = globalThis as unknown as { inkwellSqlite?: Client };
  if (!holder.inkwellSqlite) return false;
  holder.inkwellSqlite.close();
  holder.inkwellSqlite = undefined;
  return true;
}
