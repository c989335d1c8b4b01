import type { BackupStatus as Status } from '@/lib/backup/backups';
import { formatBytes } from '@/lib/backup/format';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const at = (iso: string) => <time dateTime={iso}>{when.format(new Date(iso))} UTC</time>;

/**
 * The state of the automatic backups, for admins (dashboard and settings): the last good one, and a
 * failure since then, which stays on screen until a backup succeeds again.
 */
export function BackupStatus({
  status,
  intervalHours,
  download = false,
}: {
  status: Status;
  intervalHours: number;
  download?: boolean;
}) {
  const { lastSuccess, lastFailure } = status;
  const failing = lastFailure && (!lastSuccess || lastFailure.at > lastSuccess.at);
  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading" className="font-serif text-xl font-semibold">
        Backups
      </h2>
      <div className="mt-3 space-y-2 rounded-lg border border-stone-200 bg-white px-4 py-3 dark:border-stone-800 dark:bg-stone-900">
        {failing && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-400">
            The last backup failed ({at(lastFailure.at)}): {lastFailure.message}
          </p>
        )}
        <p>
          {lastSuccess ? (
            <>
              Last backup: {at(lastSuccess.at)}, {formatBytes(lastSuccess.bytes)} ({lastSuccess.file}).
            </>
          ) : (
            'No backup has been made yet.'
          )}{' '}
          <span className="text-stone-600 dark:text-stone-400">
            {intervalHours === 0
              ? 'Automatic backups are off (BACKUP_INTERVAL_HOURS=0).'
              : `Automatic backups every ${intervalHours === 24 ? 'day' : `${intervalHours} hours`}.`}
          </span>
        </p>
        {download && (
          <p>
            {/* A plain link: the route answers with a file, which the browser saves. */}
            <a
              href="/admin/settings/backup"
              download
              className="font-medium text-accent-600 underline underline-offset-2 dark:text-accent-400"
            >
              Download a backup
            </a>{' '}
            <span className="text-stone-600 dark:text-stone-400">
              — the whole blog, images included, as one SQLite file for <code>npm run restore</code>.
            </span>
          </p>
        )}
      </div>
    </section>
  );
}
