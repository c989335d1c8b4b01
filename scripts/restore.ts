// `npm run restore -- FILE`, with the server stopped: checks FILE (SQLite, intact, Inkwell's, not
// from a newer schema), keeps the current database aside as <db>.before-restore-<timestamp>, puts
// FILE in its place and migrates it forward. The next start serves the restored content.
import { restoreDatabase } from '@/lib/backup/restore';

async function main() {
  const source = process.argv[2];
  if (!source) {
    console.error('Usage: npm run restore -- FILE');
    return 2;
  }
  const outcome = await restoreDatabase(source);
  if (!outcome.ok) {
    console.error(`Not restored: ${outcome.reason}`);
    return 1;
  }
  console.log(`Restored ${source} into ${outcome.restored}.`);
  if (outcome.migrated) console.log(`Migrated it forward: ${outcome.migrated} migration(s) applied.`);
  console.log(outcome.keptAside ? `The previous database is kept at ${outcome.keptAside}.` : 'There was no database before.');
  console.log('Start the server (npm start) to serve the restored blog.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
