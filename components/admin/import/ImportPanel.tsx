'use client';

import { useEffect, useId, useState } from 'react';
import { FieldFrame, fieldClass } from '@/components/ui/TextField';
import type { PublicImportJob } from '@/lib/import/jobs';
import { ImportSummaryView } from './ImportSummaryView';

// How often the page asks for the running import's progress. Polling, not server-sent events:
// one small JSON answer per tick, nothing held open, and it survives a proxy that buffers.
const POLL_MS = 500;

const buttonClass =
  'inline-flex items-center justify-center rounded-md bg-accent-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-accent-600/90 disabled:cursor-wait disabled:opacity-70 dark:bg-accent-400 dark:text-stone-950 dark:hover:bg-accent-400/90';

const isActive = (job: PublicImportJob | null) => job?.status === 'uploading' || job?.status === 'running';

/** Follows a job on the server until it is done or failed. */
function useImportJob(initial: PublicImportJob | null) {
  const [job, setJob] = useState(initial);
  const [lost, setLost] = useState<string | null>(null);
  const id = job?.id;
  const active = isActive(job);

  useEffect(() => {
    if (!id || !active) return;
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(`/api/admin/import/${id}`, { cache: 'no-store' });
        const body = await response.json();
        if (stopped) return;
        if (!response.ok) {
          setLost(body.error ?? 'The server no longer knows this import.');
          return;
        }
        setJob(body);
        if (isActive(body)) timer = setTimeout(tick, POLL_MS);
      } catch {
        // A dropped connection: try again on the next tick.
        if (!stopped) timer = setTimeout(tick, POLL_MS);
      }
    };
    let timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, active]);

  return { job, setJob, lost, setLost };
}

function ImportProgressBar({ job }: { job: PublicImportJob }) {
  const id = useId();
  const percent = Math.round(job.progress.fraction * 100);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Import progress
      </label>
      <progress id={id} max={100} value={percent} className="h-3 w-full accent-accent-600">
        {percent}%
      </progress>
      <p className="text-sm text-stone-700 dark:text-stone-300" aria-live="polite">
        {percent}% · {job.progress.stage} · {job.progress.items} {job.progress.items === 1 ? 'item' : 'items'}
      </p>
    </div>
  );
}

export function ImportPanel({ initialJob, maxBytes }: { initialJob: PublicImportJob | null; maxBytes: number }) {
  const { job, setJob, lost, setLost } = useImportJob(initialJob);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const busy = sending || isActive(job);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    // Checked here first so a file over the limit is not uploaded for nothing; the server checks again.
    if (!(file instanceof File) || file.size === 0) return setFileError('Choose the export file of your old blog.');
    if (file.size > maxBytes) {
      return setFileError(`This file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, the import limit.`);
    }
    setFileError(null);
    setLost(null);
    setSending(true);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: form });
      const body = await response.json().catch(() => ({ error: 'The server did not answer. Try again.' }));
      if (response.ok) setJob(body);
      else setFileError(body.error);
    } catch {
      setFileError('The upload did not reach the server. Check the connection and try again.');
    } finally {
      setSending(false);
    }
  }

  const errorId = useId();
  return (
    <div className="space-y-8">
      <form
        onSubmit={upload}
        className="space-y-5 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
      >
        <FieldFrame
          id="import-file"
          label="Export file"
          hint="A Blogger backup (.xml), a Google Takeout of Blogger (feed.atom or the .zip) or a WordPress export (.xml). Importing the same file again adds only what is new."
          error={fileError ?? undefined}
        >
          {(describedBy) => (
            <input
              id="import-file"
              name="file"
              type="file"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              onChange={() => setFileError(null)}
              className={fieldClass}
            />
          )}
        </FieldFrame>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="fetchImages" className="mt-1" />
          <span>
            <span className="font-medium">Download images from the old blog</span>
            <span className="block text-stone-600 dark:text-stone-400">
              Stores them here and points the posts at the copies. Left unticked, posts keep linking to the old host.
            </span>
          </span>
        </label>
        <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass}>
          {sending ? 'Uploading…' : 'Import'}
        </button>
      </form>

      {job && (
        <section aria-labelledby={`${errorId}-heading`} className="space-y-4">
          <h2 id={`${errorId}-heading`} className="font-serif text-xl font-semibold">
            {job.status === 'done' ? 'Import finished' : job.status === 'failed' ? 'Import stopped' : 'Importing'}
            {job.fileName && (
              <span className="font-sans text-base font-normal text-stone-600 dark:text-stone-400"> · {job.fileName}</span>
            )}
          </h2>
          {job.status !== 'failed' && <ImportProgressBar job={job} />}
          <div role="alert">
            {(job.status === 'failed' || lost) && (
              <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
                {lost ?? job.error}
              </p>
            )}
          </div>
          {job.summary && <ImportSummaryView jobId={job.id} summary={job.summary} />}
        </section>
      )}
    </div>
  );
}
