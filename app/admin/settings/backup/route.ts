import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { backupFolder, makeBackup } from '@/lib/backup/backups';
import { backupTimestamp } from '@/lib/backup/timestamp';
import { log } from '@/lib/logging/logger';
import { storageProblem } from '@/lib/storage-errors';

const problem = (error: string, status: number, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });

/**
 * "Download a backup" on /admin/settings: a fresh, checked copy of the whole blog (VACUUM INTO,
 * images included), streamed to the admin and deleted from the server once sent. Admins only.
 */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return problem('Sign in to download a backup.', 401);
  if (!can(user, 'manageSettings')) return problem('You do not have permission to do that.', 403);

  const now = new Date();
  // Next to the other backups (the same disk as the database), under a name no listing keeps.
  const file = path.join(backupFolder(), `.download-${randomBytes(8).toString('hex')}.db`);
  let made;
  try {
    made = await makeBackup('download', file, now);
  } catch (error) {
    return problem(storageProblem(error)?.message ?? 'The backup could not be made; the server log says why.', 500);
  }
  if (!made) return problem('Another backup is being made right now. Try again in a minute.', 503, { 'retry-after': '60' });
  log.info({ event: 'backup.downloaded', by: user.id, bytes: made.bytes }, 'an admin downloaded a backup');

  const stream = fs.createReadStream(made.path);
  // Unlinked as soon as it is open: the download reads on, and no copy is left behind whatever happens.
  stream.once('open', () => fs.rmSync(made.path, { force: true }));
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'content-type': 'application/vnd.sqlite3',
      'content-length': String(made.bytes),
      'content-disposition': `attachment; filename="inkwell-${backupTimestamp(now)}.db"`,
      'cache-control': 'no-store',
    },
  });
}
