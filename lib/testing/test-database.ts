import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real, migrated SQLite file of its own for one test file (with the welcome posts if `seed`),
 * removed afterwards. Call it at the top of the file, before anything that opens the database is
 * imported: it points DATABASE_URL and DATA_DIR at a new folder, and migrates in a beforeAll that
 * runs before the file's own (import the modules under test there).
 */
export function testDatabase(name: string, { seed = false }: { seed?: boolean } = {}): { dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `inkwell-${name}-`));
  process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
  process.env.DATA_DIR = dir;
  beforeAll(async () => {
    await (await import('@/db/migrate')).migrateDatabase();
    if (seed) await (await import('@/db/seed')).seedWelcomeContent();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir };
}
