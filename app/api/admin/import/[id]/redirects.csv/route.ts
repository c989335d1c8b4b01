import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { getImportJob } from '@/lib/import/jobs';
import { redirectsCsv } from '@/lib/import/redirects-csv';

const problem = (error: string, status: number) =>
  new Response(error, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The redirects a finished import set up, as a CSV download ("Download redirects (CSV)"). Admins only. */
export async function GET(_request: Request, { params }: RouteContext<'/api/admin/import/[id]/redirects.csv'>) {
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again, then try again.', 401);
  if (!can(user, 'importExport')) return problem('You do not have permission to do that.', 403);
  const summary = getImportJob((await params).id)?.summary;
  if (!summary) return problem('This import is no longer known to the server, or has not finished.', 404);
  return new Response(redirectsCsv(summary.redirects), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="inkwell-redirects.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
