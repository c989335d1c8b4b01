import { createClient } from '@libsql/client';
import path from 'node:path';

/** The e2e run's database, for checking what a journey wrote (never for faking app state). */
export function e2eDatabase() {
  const dataDir = process.env.INKWELL_E2E_DATA_DIR;
  if (!dataDir) throw new Error('INKWELL_E2E_DATA_DIR is not set: run through `playwright test`');
  return createClient({ url: `file:${path.join(dataDir, 'blog.db')}` });
}
