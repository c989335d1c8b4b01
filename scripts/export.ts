// npm run export [-- --format wxr|zip] [--out FILE]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '@/lib/export/formats';
import { exportToFile, type ExportProgress } from '@/lib/export/run';

const USAGE = `Usage: npm run export [-- --format wxr|zip] [--out FILE]
  --format wxr   a WordPress eXtended RSS file (WordPress: Tools → Import → WordPress)
  --format zip   Markdown files, blog.json and the images
  without --format, both; without --out, into ${path.join(env.DATA_DIR, 'exports')}/`;

// A bar only once an export has taken more than a moment: a small blog just prints its result.
const BAR_AFTER_MS = 300;

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

function formatsFrom(values: { format?: string; out?: string }): ExportFormat[] {
  if (values.format !== undefined) {
    if (!isExportFormat(values.format)) fail(`--format must be one of: ${EXPORT_FORMATS.join(', ')}\n${USAGE}`);
    return [values.format];
  }
  if (values.out === undefined) return [...EXPORT_FORMATS];
  const byExtension: Record<string, ExportFormat> = { '.xml': 'wxr', '.zip': 'zip' };
  const format = byExtension[path.extname(values.out).toLowerCase()];
  if (!format) fail(`say which export goes to ${values.out}: --format wxr or --format zip\n${USAGE}`);
  return [format];
}

function progressBar(format: ExportFormat) {
  const startedAt = Date.now();
  let bar: SingleBar | null = null;
  return {
    update({ done, total }: ExportProgress) {
      if (!bar && Date.now() - startedAt > BAR_AFTER_MS && done < total) {
        bar = new SingleBar(
          { format: `${format} [{bar}] {percentage}% | {value}/{total} items | {eta_formatted} left`, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const formats = formatsFrom(values);
  await migrateDatabase();

  for (const format of formats) {
    const bar = progressBar(format);
    try {
      const { file, bytes, total } = await exportToFile(
        format,
        { outFile: values.out, outDir: path.join(env.DATA_DIR, 'exports') },
        bar.update,
      );
      bar.stop();
      console.log(
        `Wrote ${path.relative(process.cwd(), file) || file} (${format}, ${total} items, ${(bytes / 1024).toFixed(1)} KB).`,
      );
    } catch (error) {
      bar.stop();
      throw error;
    }
  }
}

main().catch((error) => fail((error as Error).message));
