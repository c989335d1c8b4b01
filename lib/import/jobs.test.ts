import { describe, expect, it } from 'vitest';
import {
  getImportJob,
  IMPORT_BUSY,
  latestImportJob,
  publicImportJob,
  reserveImportJob,
  runImportJob,
  abandonImportJob,
} from './jobs';
import { ImportRefused, type ImportSummary, type RunImport } from './types';

// The registry of /admin/import's jobs. The importer is a stand-in here: what is tested is the
// one-at-a-time slot, the progress handed on, and the temporary file removed whatever happens.

const summary: ImportSummary = {
  format: 'blogger-backup',
  created: { posts: 1, pages: 0, comments: 0, labels: 0, users: 0, images: 0 },
  unchanged: { posts: 0, pages: 0, comments: 0 },
  skipped: [],
  redirects: [{ from: '/2024/05/a.html', to: '/posts/a' }],
  durationMs: 5,
};

function controlledImport() {
  let finish!: (result: ImportSummary | Error) => void;
  const run: RunImport = (_path, options) =>
    new Promise((resolve, reject) => {
      options?.onProgress?.({ fraction: 0.5, items: 3, stage: 'Reading posts' });
      finish = (result) => (result instanceof Error ? reject(result) : resolve(result));
    });
  return { run, finish: (result: ImportSummary | Error) => finish(result) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const upload = { filePath: '/tmp/x.upload', fileName: 'blog.xml', fetchImages: true };

describe('import jobs', () => {
  it('runs one import at a time, hands on its progress, and frees the slot when it is done', async () => {
    const job = reserveImportJob(1)!;
    expect(job.status).toBe('uploading');
    expect(reserveImportJob(2), IMPORT_BUSY).toBeNull();

    const importer = controlledImport();
    let cleaned = 0;
    runImportJob(job, upload, importer.run, async () => void cleaned++);
    expect(getImportJob(job.id)).toMatchObject({ status: 'running', fileName: 'blog.xml', fetchImages: true });
    expect(job.progress).toEqual({ fraction: 0.5, items: 3, stage: 'Reading posts' });
    expect(reserveImportJob(2)).toBeNull();

    importer.finish(summary);
    await settle();
    expect(latestImportJob()).toMatchObject({ id: job.id, status: 'done', summary, progress: { fraction: 1 } });
    expect(cleaned).toBe(1);
    expect(publicImportJob(job)).not.toHaveProperty('startedBy');

    const next = reserveImportJob(2);
    expect(next).not.toBeNull();
    abandonImportJob(next!);
    // A refused upload leaves no job behind to show, and the slot free.
    expect(latestImportJob()).toBeNull();
    expect(reserveImportJob(3)).not.toBeNull();
  });

  it("keeps the importer's refusal for the page and removes the file", async () => {
    abandonImportJob(latestImportJob()!);
    const job = reserveImportJob(1)!;
    const importer = controlledImport();
    let cleaned = 0;
    runImportJob(job, upload, importer.run, async () => void cleaned++);
    importer.finish(new ImportRefused('This looks like an HTML page, not an export.'));
    await settle();
    expect(getImportJob(job.id)).toMatchObject({ status: 'failed', error: 'This looks like an HTML page, not an export.' });
    expect(cleaned).toBe(1);
  });
});
