import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { getImportJob, publicImportJob } from '@/lib/import/jobs';

const problem = (error: string, status: number) => Response.json({ error }, { status });

/** An import's progress and, once it is done, its summary: what /admin/import polls. Admins only. */
export async function GET(_request: Request, { params }: RouteContext<'/api/admin/import/[id]'>) {
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again in another tab, then try again.', 401);
  if (!can(user, 'importExport')) return problem('You do not have permission to do that.', 403);
  const job = getImportJob((await params).id);
  if (!job) return problem('This import is no longer known to the server.', 404);
  return Response.json(publicImportJob(job), { headers: { 'Cache-Control': 'no-store' } });
}
