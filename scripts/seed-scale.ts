// npm run seed:scale -- --posts N --comments M [--db FILE] [--seed S]
// Migrates the database (with the welcome content, as scripts/prepare-db.ts does), then fills it with
// N made-up posts and M comments for benchmarks (db/seed/scale.ts, docs/scale.md). Prints what a
// benchmark needs (a post with 50 comments, a label, a search term, an archive month) as JSON.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const USAGE = 'Usage: npm run seed:scale -- --posts N --comments M [--db FILE] [--seed S]';

const argsSchema = z.object({
  posts: z.coerce.number().int().min(1, '--posts must be at least 1'),
  comments: z.coerce.number().int().min(50, '--comments must be at least 50 (one post gets exactly 50)'),
  seed: z.coerce.number().int().min(0).default(1),
  db: z.string().min(1).optional(),
});

function fail(message: string): never {
  console.error(`seed:scale: ${message}\n${USAGE}`);
  process.exit(1);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { posts: { type: 'string' }, comments: { type: 'string' }, db: { type: 'string' }, seed: { type: 'string' } },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { posts, comments, seed, db } = parsed.data;

  // --db points the whole run (migration included) at that file; the modules read env when imported.
  if (db) process.env.DATABASE_URL = `file:${db}`;
  const { env } = await import('@/lib/env');
  if (!env.DATABASE_URL.startsWith('file:')) fail('DATABASE_URL must be a local file (file:…)');
  const databaseFile = path.resolve(env.DATABASE_URL.slice('file:'.length));

  const { prepareDatabase } = await import('./prepare-db');
  await prepareDatabase();
  // The seed writes with node:sqlite: the app's libsql connection must be closed first, or the two
  // SQLite libraries in this process would release each other's locks (db/seed/scale.ts).
  (await import('@/db/client')).sqlite.close();
  const { seedScale } = await import('@/db/seed/scale');
  const started = performance.now();
  const summary = await seedScale({ databaseFile, posts, comments, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`Seeded ${posts} posts and ${comments} comments into ${databaseFile} in ${seconds} s`);
  console.log(JSON.stringify(summary));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
