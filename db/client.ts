import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { env } from '@/lib/env';
import * as schema from './schema';

function ensureFileFolder(url: string) {
  if (!url.startsWith('file:')) return;
  const filePath = url.slice('file:'.length);
  if (filePath === ':memory:') return;
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
}

function connect(): Client {
  ensureFileFolder(env.DATABASE_URL);
  // `timeout` is the busy timeout for every pooled connection, so writers wait instead of failing.
  // With DATABASE_SYNC_URL the file is an embedded replica of that libSQL primary: reads are local,
  // writes go to the primary (docs/scale-out.md).
  return createClient({
    url: env.DATABASE_URL,
    authToken: env.DATABASE_AUTH_TOKEN,
    syncUrl: env.DATABASE_SYNC_URL,
    timeout: 5000,
  });
}

// One connection per process; kept on globalThis so dev-mode reloads do not open more.
const globalForDb = globalThis as unknown as { inkwellSqlite?: Client };
export const sqlite = globalForDb.inkwellSqlite ?? connect();
globalForDb.inkwellSqlite = sqlite;

export const db = drizzle(sqlite, { schema });

export type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];
/** The connection or a transaction on it: queries that may run inside another's transaction take one. */
export type Connection = typeof db | Transaction;
