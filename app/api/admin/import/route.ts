import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { refuseCrossSiteRequest } from '@/lib/http/same-origin';
import { abandonImportJob, IMPORT_BUSY, publicImportJob, reserveImportJob, runImportJob } from '@/lib/import/jobs';
import { runImport } from '@/lib/import/run';
import { receiveImportUpload, removeUpload } from '@/lib/import/upload';

const problem = (error: string, status: number) => Response.json({ error }, { status });

/**
 * /admin/import's upload: the export file, streamed to a temporary file (lib/import/upload.ts),
 * then imported in the background (lib/import/jobs.ts). Answers 202 with the job the page then
 * follows at /api/admin/import/<id>. Admins only.
 */
export async function POST(request: Request) {
  const crossSite = refuseCrossSiteRequest(request);
  if (crossSite) return crossSite;
  const user = await getSessionUser();
  if (!user) return problem('Your session has ended. Sign in again in another tab, then try again.', 401);
  if (!can(user, 'importExport')) return problem('You do not have permission to do that.', 403);

  // The slot is taken before the file is read: a second import is refused before it uploads.
  const job = reserveImportJob(user.id);
  if (!job) return problem(IMPORT_BUSY, 409);
  const upload = await receiveImportUpload(request, env.IMPORT_MAX_MB * 1024 * 1024);
  if (!upload.ok) {
    abandonImportJob(job);
    return problem(upload.error, upload.status);
  }
  runImportJob(job, upload, runImport, () => removeUpload(upload.filePath));
  return Response.json(publicImportJob(job), { status: 202 });
}
