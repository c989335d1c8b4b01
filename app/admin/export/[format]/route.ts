import { Readable } from 'node:stream';
import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { isExportFormat } from '@/lib/export/formats';
import { startExport } from '@/lib/export/run';
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
  if (!can(user, 'manageSettings')) return problem('You do not have permission to do that.', 403);
  const { format } = await params;
  if (!isExportFormat(format)) return problem('There is no such export.', 404);

  const started = await startExport(format, { requestOrigin: (await requestOrigin()) ?? undefined });
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
