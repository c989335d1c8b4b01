import 'server-only';
import path from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { env } from '@/lib/env';
import { db, sqlite } from './client';

/** Brings the database to the newest schema; safe to run on every start. */
export async function migrateDatabase() {
  // WAL is a property of the file, set once; foreign keys are per connection (on by default in libSQL, set anyway).
  if (env.DATABASE_URL.startsWith('file:')) await sqlite.execute('PRAGMA journal_mode = WAL');
  await sqlite.execute('PRAGMA foreign_keys = ON');
  await migrate(db, { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
}
