import 'server-only';
import { randomUUID } from 'node:crypto';
import { log } from '@/lib/logging/logger';
import { ImportInterrupted, ImportRefused, type ImportProgress, type ImportSummary, type RunImport } from './types';

/**
 * Imports started from /admin/import, run in the server process while the page polls their
 * progress. One at a time: two imports writing the same posts at once would each see the other
 * half-done. Kept in memory on purpose (docs/redirects.md, "The admin import page"): a job is
 * tied to the file this process received, and a restart ends it — the importer's one transaction
 * per post leaves nothing half-written, and running it again creates only what is missing.
 */

export type ImportJobStatus = 'uploading' | 'running' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  fetchImages: boolean;
  progress: ImportProgress;
  summary: ImportSummary | null;
  /** What went wrong, for the person: the importer's refusal, or why the upload was not accepted. */
  error: string | null;
  startedBy: number;
  startedAt: number;
}

export const IMPORT_BUSY = 'Another import is running. Wait for it to finish, then try again.';

// Next bundles route handlers and pages separately: the registry lives on globalThis, one per process.
const registry = ((
  globalThis as { inkwellImportJobs?: { jobs: Map<string, ImportJob>; current: string | null } }
).inkwellImportJobs ??= { jobs: new Map(), current: null });

/** Finished jobs kept for their summary and CSV (the latest few; an import is an occasional thing). */
const KEEP_FINISHED = 5;

const isActive = (job: ImportJob | undefined) => job?.status === 'uploading' || job?.status === 'running';

function forgetOldJobs() {
  const finished = [...registry.jobs.values()].filter((job) => !isActive(job));
  for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) registry.jobs.delete(job.id);
}

/**
 * Takes the one import slot before the upload is read, so a second upload is refused before it
 * streams a large file to disk for nothing. Null when another import holds the slot.
 */
export function reserveImportJob(startedBy: number): ImportJob | null {
  if (isActive(registry.jobs.get(registry.current ?? ''))) return null;
  const job: ImportJob = {
    id: randomUUID(),
    status: 'uploading',
    fileName: '',
    fetchImages: false,
    startedBy,
    progress: { fraction: 0, items: 0, stage: 'Uploading the file' },
    summary: null,
    error: null,
    startedAt: Date.now(),
  };
  registry.jobs.set(job.id, job);
  registry.current = job.id;
  forgetOldJobs();
  return job;
}

/** The upload was refused (too large, no file, cut off): the slot is free again, and nothing ran to report on. */
export function abandonImportJob(job: ImportJob) {
  registry.jobs.delete(job.id);
  if (registry.current === job.id) registry.current = null;
}

/**
 * Runs the import of the uploaded file in the background and returns at once; the page follows
 * it through `getImportJob`. `cleanUp` (deleting the temporary file) runs whatever happens.
 */
export function runImportJob(
  job: ImportJob,
  upload: { filePath: string; fileName: string; fetchImages: boolean },
  runImport: RunImport,
  cleanUp: () => Promise<void>,
) {
  const { filePath, fileName, fetchImages } = upload;
  Object.assign(job, {
    status: 'running',
    fileName,
    fetchImages,
    progress: { fraction: 0, items: 0, stage: 'Reading the file' },
  });
  log.info({ jobId: job.id, userId: job.startedBy, fileName, fetchImages }, 'import started');
  void runImport(filePath, {
    fetchImages,
    onProgress: (progress) => {
      job.progress = progress;
    },
  })
    .then((summary) => {
      Object.assign(job, { status: 'done', summary, progress: { ...job.progress, fraction: 1, stage: 'Finished' } });
      log.info(
        {
          jobId: job.id,
          format: summary.format,
          created: summary.created,
          skipped: summary.skipped.length,
          ms: summary.durationMs,
        },
        'import finished',
      );
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // A file cut off part-way: what came before is imported, and the summary says what.
      const summary = error instanceof ImportInterrupted ? error.summary : null;
      Object.assign(job, { status: 'failed', error: message, summary });
      // A refused file is the person's answer, not a fault of ours: no stack trace for it.
      if (error instanceof ImportRefused) log.info({ jobId: job.id, reason: message }, 'import refused');
      else log.warn({ jobId: job.id, err: error }, 'import failed');
    })
    .finally(() => cleanUp().catch((error) => log.error({ jobId: job.id, err: error }, 'import: temporary file not removed')));
}

export function getImportJob(id: string): ImportJob | null {
  return registry.jobs.get(id) ?? null;
}

/** The import running now, or else the last one started: what /admin/import shows on arrival. */
export function latestImportJob(): ImportJob | null {
  return registry.current ? (registry.jobs.get(registry.current) ?? null) : null;
}

/** What the page needs of a job (never the uploader's id). */
export function publicImportJob(job: ImportJob) {
  const { id, status, fileName, fetchImages, progress, summary, error } = job;
  return { id, status, fileName, fetchImages, progress, summary, error };
}

export type PublicImportJob = ReturnType<typeof publicImportJob>;
