import { Readable } from 'node:stream';
import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { isExportFormat } from '@/lib/export/formats';
import { startExport } from '@/lib/export/run';
import { log } from '@/lib/logging/logger';
import { requestOrigin } from '@/lib/request-origin';

const problem = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * The two exports as downloads (lib/export): the WXR file and the zip, streamed as they are made.
 * An export holds every post, comment and account, so only an admin may have it; proxy.ts sends a
 * signed-out visitor to sign in first, and this handler asks again.
 */
export async function GET(_request: Request, { params }: RouteContext<'/admin/export/[format]'>) {
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again, then download the export.', 401);
  if (!can(user, 'importExport')) return problem('You do not have permission to do that.', 403);
  const { format } = await params;
  if (!isExportFormat(format)) return problem('There is no such export.', 404);

  const started = await startExport(format, { requestOrigin: (await requestOrigin()) ?? undefined });
  const fields = { event: 'export.download', format, by: user.id, ...started.counts };
  log.info(fields, 'export download started');
  // Closed early when the browser cancels the download or a read fails: logged, there is nothing to undo.
  started.stream.on('close', () =>
    started.stream.readableEnded
      ? log.info({ ...fields, event: 'export.download_finished' }, 'export download finished')
      : log.warn({ ...fields, event: 'export.download_stopped' }, 'export download stopped before the end'),
  );
  return new Response(Readable.toWeb(started.stream) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': started.contentType,
      // The name is ASCII by construction (lib/export/formats.ts), so one plain filename is enough.
      'Content-Disposition': `attachment; filename="${started.fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
