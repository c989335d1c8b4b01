// npm run import -- FILE [--fetch-images]
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { migrateDatabase } from '@/db/migrate';
import { commitWithoutFsyncPerPost } from '@/db/queries/imports';
import { runImport } from '@/lib/import/run';
import { formatSummary } from '@/lib/import/summary-text';
import { ImportInterrupted, ImportRefused } from '@/lib/import/types';

const USAGE =
  'Usage: npm run import -- FILE [--fetch-images]\n  FILE: a Blogger backup (.xml), a Google Takeout (.zip or its feed.atom) or a WordPress export (.xml)';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'fetch-images': { type: 'boolean', default: false } } });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) fail(USAGE);

  await migrateDatabase();
  await commitWithoutFsyncPerPost();
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {items} items | {stage}',
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    const summary = await runImport(file, {
      fetchImages: parsed.values['fetch-images'],
      // Started on the first report: a refused file gets its message without a bar before it.
      onProgress: ({ fraction, items, stage }) => {
        if (!started) bar.start(100, 0, { items, stage });
        started = true;
        bar.update(Math.round(fraction * 100), { items, stage });
      },
    });
    bar.stop();
    console.log(formatSummary(summary));
  } catch (error) {
    bar.stop();
    if (error instanceof ImportRefused) fail(error.message);
    if (error instanceof ImportInterrupted) {
      console.log(formatSummary(error.summary));
      fail(error.message);
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(`no such file: ${file}`);
    throw error;
  }
}

main().catch((error) => fail((error as Error).stack ?? String(error)));
