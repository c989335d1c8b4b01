import type { Metadata } from 'next';
import { ExportPanel } from '@/components/admin/ExportPanel';
import { ImportPanel } from '@/components/admin/import/ImportPanel';
import { PageHeader } from '@/components/admin/PageHeader';
import { requirePermission } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { latestImportJob, publicImportJob } from '@/lib/import/jobs';

export const metadata: Metadata = { title: 'Import and export' };

export default async function ImportPage() {
  await requirePermission('importExport', '/admin/import');
  // The import running now (or the last one), so leaving the page and coming back shows it.
  const job = latestImportJob();

  return (
    <>
      <PageHeader title="Import and export">
        Bring a Blogger or WordPress blog here: posts, pages, labels and comments, with their old addresses kept.
      </PageHeader>
      <section aria-labelledby="import-heading" className="space-y-4">
        <h2 id="import-heading" className="sr-only">
          Import
        </h2>
        <ImportPanel initialJob={job && publicImportJob(job)} maxBytes={env.IMPORT_MAX_MB * 1024 * 1024} />
      </section>
      <div className="mt-10">
        <ExportPanel />
      </div>
    </>
  );
}
