import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportCounts } from '@/db/queries/export';
import { EXPORT_CONTENT_TYPES, exportFileName, type ExportFormat } from './formats';
import { openExportSource } from './source';
import { wxrChunks } from './wxr';
import { zipStream } from './zip';

// The one way to make an export, for `npm run export` and the admin download alike.

export interface ExportProgress {
  /** Items written so far: posts and pages (the zip counts each twice: its Markdown file and its place in blog.json). */
  done: number;
  total: number;
}

export interface StartedExport {
  format: ExportFormat;
  fileName: string;
  contentType: string;
  /** Made as it is read: nothing is read from the database until the stream is. */
  stream: Readable;
  total: number;
  counts: ExportCounts;
}

export async function startExport(
  format: ExportFormat,
  options: {
    requestOrigin?: string;
    onProgress?: (progress: ExportProgress) => void;
    now?: Date;
  } = {},
): Promise<StartedExport> {
  const source = await openExportSource(options);
  const items = source.counts.posts + source.counts.pages;
  const total = format === 'zip' ? items * 2 : items;
  let done = 0;
  const onItem = () => options.onProgress?.({ done: ++done, total });
  const stream = format === 'wxr' ? Readable.from(wxrChunks(source, onItem), { objectMode: false }) : zipStream(source, onItem);
  return {
    format,
    fileName: exportFileName(format, source.settings.title, source.exportedAt),
    contentType: EXPORT_CONTENT_TYPES[format],
    stream,
    total,
    counts: source.counts,
  };
}

/** Writes an export to `outFile`, or into `outDir` under its own name; resolves with the path written. */
export async function exportToFile(
  format: ExportFormat,
  target: { outFile?: string; outDir: string },
  onProgress?: (progress: ExportProgress) => void,
): Promise<{ file: string; bytes: number; total: number }> {
  const started = await startExport(format, { onProgress });
  const file = path.resolve(target.outFile ?? path.join(target.outDir, started.fileName));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written beside the target and renamed at the end: a failed export never leaves half a file under its name.
  const partial = `${file}.partial`;
  try {
    await pipeline(started.stream, fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file, bytes: fs.statSync(file).size, total: started.total };
}
