// Migrates the database and writes the welcome content on a new one. Run before build, dev and start.
import { migrateDatabase } from '@/db/migrate';
import { seedWelcomeContent } from '@/db/seed';
import { env } from '@/lib/env';

export async function prepareDatabase() {
  await migrateDatabase();
  if (await seedWelcomeContent()) console.log(`Wrote the welcome posts to ${env.DATABASE_URL}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
