import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { settings } from '../schema';

/** Raw JSON-decoded settings; lib/settings validates them and fills defaults. */
export async function readAllSettings(): Promise<Record<string, unknown>> {
  const rows = await db.select().from(settings);
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export async function readSetting(key: string, conn: Connection = db): Promise<unknown> {
  const [row] = await conn.select().from(settings).where(eq(settings.key, key)).limit(1);
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export async function writeSetting(key: string, value: unknown, conn: Connection = db) {
  const json = JSON.stringify(value);
  await conn
    .insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json } });
}

/** Writes several settings in one transaction, so a reader never sees half a save. */
export async function writeSettings(values: Record<string, unknown>) {
  await db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(values)) {
      const json = JSON.stringify(value);
      await tx
        .insert(settings)
        .values({ key, value: json })
        .onConflictDoUpdate({ target: settings.key, set: { value: json } });
    }
  });
}
