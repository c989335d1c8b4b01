import 'server-only';
import { readBackupEntry, readTakeoutEntry } from './blogger';
import { openImportSource } from './detect';
import { ImportRun } from './import-run';
import type { SourceComment, SourceRecord } from './source';
import type { RunImport } from './types';
import { newChannel, readChannelRecord, readItem } from './wordpress';
import { XmlProblem, type XmlElement } from './xml-records';

// The importer's entry: detects the format, then reads the file in the passes its format needs
// (import-run.ts writes what each pass finds).

// A Blogger file's comments are written a post's worth at a time, capped so one post with thousands
// of comments is not held in memory whole.
const COMMENT_BATCH = 500;

async function importWordPress(run: ImportRun) {
  const channel = newChannel();
  const now = new Date();
  await run.pass(0, 'Reading posts', async (record) => {
    if (readChannelRecord(record, channel)) {
      if (channel.baseSiteUrl) run.addImageHost(channel.baseSiteUrl);
      return;
    }
    if (record.local === 'link' && record.uri === '') return;
    const { record: read, skips, notes } = readItem(record, channel, now);
    for (const s of skips) run.skip(s);
    for (const n of notes ?? []) run.note(n);
    await handle(run, read);
  });
}

async function importBlogger(run: ImportRun, read: (entry: XmlElement, now: Date) => SourceRecord) {
  const now = new Date();
  await run.pass(0, 'Reading posts', async (entry) => {
    const record = read(entry, now);
    if (record.type !== 'comment') await handle(run, record);
  });
  let batch: { ids: string[]; on: string; list: SourceComment[] } | null = null;
  const flush = async () => {
    if (batch) await run.comments(batch.ids, batch.on, batch.list);
    batch = null;
  };
  await run.pass(1, 'Reading comments', async (entry) => {
    const record = read(entry, now);
    if (record.type !== 'comment') return;
    const key = record.postExternalIds.join(' ');
    if (batch && (batch.ids.join(' ') !== key || batch.list.length >= COMMENT_BATCH)) await flush();
    batch ??= { ids: record.postExternalIds, on: record.label.replace(/^comment by .*? on /, '') || 'a post', list: [] };
    batch.list.push(record.comment);
  });
  await flush();
}

async function handle(run: ImportRun, record: SourceRecord) {
  if (record.type === 'post') await run.post(record.post);
  else if (record.type === 'skip') run.skip(record.skip);
}

export const runImport: RunImport = async (filePath, options = {}) => {
  const source = await openImportSource(filePath);
  const run = new ImportRun(source, options, source.format === 'wordpress-wxr' ? 1 : 2);
  try {
    if (source.format === 'wordpress-wxr') await importWordPress(run);
    else await importBlogger(run, source.format === 'blogger-takeout' ? readTakeoutEntry : readBackupEntry);
  } catch (error) {
    if (error instanceof XmlProblem) {
      // What was written is kept and counted; the pages that show it are refreshed like a full run's.
      await run.finish();
      throw run.interrupted(error);
    }
    throw error;
  }
  return run.finish();
};
