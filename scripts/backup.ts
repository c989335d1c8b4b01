// `npm run backup [-- FILE]`: a consistent, checked copy of the live database (the server may be
// running), by default into data/backups/<timestamp>.db. Prints its path and size.
import { makeBackup } from '@/lib/backup/backups';
import { formatBytes } from '@/lib/backup/format';

async function main() {
  const target = process.argv[2];
  const result = await makeBackup('manual', target);
  if (!result) throw new Error('Another backup is running.');
  console.log(
    `Backup written and checked: ${result.path} (${formatBytes(result.bytes)}, ${(result.milliseconds / 1000).toFixed(1)} s)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
