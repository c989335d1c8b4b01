import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';

// What a file offered for restore is: SQLite at all, intact, Inkwell's, and from which schema.
// Drizzle's migrator records each applied migration in __drizzle_migrations with the `when` of its
// journal entry (created_at); the journal in db/migrations/meta lists what this code knows.

const SQLITE_HEADER = 'SQLite format 3\0';
const INKWELL_TABLES = ['__drizzle_migrations', 'users', 'posts', 'comments', 'settings', 'media'];

export type Inspection = { ok: true; applied: number; pending: number; known: number } | { ok: false; reason: string };

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export function readMigrationJournal(folder = path.join(process.cwd(), 'db/migrations')): Journal {
  return JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function startsWithSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks a database file without changing it; the reason is a sentence for the person restoring. */
export async function inspectDatabaseFile(file: string, journal = readMigrationJournal()): Promise<Inspection> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return { ok: false, reason: `${file} does not exist.` };
  if (!startsWithSqliteHeader(file)) return { ok: false, reason: `${file} is not a SQLite database.` };
  const client = createClient({ url: `file:${file}` });
  try {
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0])).join('; ');
    if (integrity !== 'ok') return { ok: false, reason: `${file} is damaged (integrity check: ${integrity}).` };
    const tables = new Set(
      (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)).rows.map((r) => String(r.name)),
    );
    const missing = INKWELL_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return { ok: false, reason: `${file} is not an Inkwell database (no ${missing.join(', ')} table).` };

    const applied = (await client.execute('SELECT created_at FROM __drizzle_migrations')).rows.map((r) => Number(r.created_at));
    const known = new Set(journal.entries.map((e) => e.when));
    const newest = Math.max(...journal.entries.map((e) => e.when));
    const unknown = applied.filter((when) => !known.has(when));
    if (unknown.some((when) => when > newest)) {
      return {
        ok: false,
        reason: `${file} was made by a newer Inkwell (its schema has ${applied.length} migrations, this version knows ${known.size}). Upgrade Inkwell first, then restore.`,
      };
    }
    if (unknown.length)
      return { ok: false, reason: `${file} has migrations this Inkwell does not know; it cannot be restored here.` };
    const lastApplied = applied.length ? Math.max(...applied) : 0;
    const pending = journal.entries.filter((e) => e.when > lastApplied).length;
    return { ok: true, applied: applied.length, pending, known: known.size };
  } finally {
    client.close();
  }
}
