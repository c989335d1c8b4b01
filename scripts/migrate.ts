import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';

migrateDatabase()
  .then(() => console.log(`Database is up to date: ${env.DATABASE_URL}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
