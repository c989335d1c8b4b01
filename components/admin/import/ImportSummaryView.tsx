import type { ImportFormat, ImportSummary } from '@/lib/import/types';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  'blogger-backup': 'Blogger backup',
  'blogger-takeout': 'Blogger (Google Takeout)',
  'wordpress-wxr': 'WordPress export',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Counts({ caption, rows }: { caption: string; rows: [string, number][] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <tbody>
        {rows.map(([what, n]) => (
          <tr key={what} className="border-t border-stone-200 dark:border-stone-800">
            <th scope="row" className="py-1 pr-4 font-normal">
              {what}
            </th>
            <td className="py-1 text-right tabular-nums">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What an import did: counts, each skipped item with its reason, and the redirects it set up. */
export function ImportSummaryView({ jobId, summary }: { jobId: string; summary: ImportSummary }) {
  const { created, unchanged, skipped, redirects } = summary;
  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {FORMAT_NAMES[summary.format]}, imported in {(summary.durationMs / 1000).toFixed(1)} s.
      </p>
      <div className="grid gap-6 sm:grid-cols-2">
        <Counts
          caption="Created"
          rows={[
            ['Posts', created.posts],
            ['Pages', created.pages],
            ['Comments', created.comments],
            ['Labels', created.labels],
            ['Authors', created.users],
            ['Images', created.images],
          ]}
        />
        <Counts
          caption="Already here, unchanged"
          rows={[
            ['Posts', unchanged.posts],
            ['Pages', unchanged.pages],
            ['Comments', unchanged.comments],
          ]}
        />
      </div>

      <section aria-labelledby="import-skipped" className="space-y-2">
        <h3 id="import-skipped" className="font-semibold">
          Skipped: {plural(skipped.length, 'item')}
        </h3>
        {skipped.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {skipped.map((item, i) => (
              <li key={i}>
                <span className="font-medium">{item.item}</span> ({item.kind}): {item.reason}
              </li>
            ))}
          </ul>
        )}
      </section>

      {created.users > 0 && (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          New authors are disabled: enable them and reset their password in Users before they can sign in.
        </p>
      )}

      {summary.images && (
        <section aria-labelledby="import-images" className="space-y-2">
          <h3 id="import-images" className="font-semibold">
            Images: {summary.images.filter((i) => i.result === 'stored').length} stored,{' '}
            {plural(summary.images.filter((i) => i.result === 'failed').length, 'left as a link', 'left as links')}
          </h3>
          {summary.images.length > 0 && (
            <ul className="max-h-60 space-y-1 overflow-auto text-sm">
              {summary.images.map((image) => (
                <li key={image.url} className="break-all">
                  <span className="font-mono text-xs">{image.url}</span>:{' '}
                  {image.result === 'stored' ? 'stored' : `kept as a link (${image.reason ?? 'not fetched'})`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {(summary.warnings?.length ?? 0) > 0 && (
        <section aria-labelledby="import-warnings" className="space-y-2">
          <h3 id="import-warnings" className="font-semibold">
            Notes on the file
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {summary.warnings!.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="import-redirects" className="space-y-2">
        <h3 id="import-redirects" className="font-semibold">
          Old addresses redirected: {redirects.length}
        </h3>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Each answers with a permanent redirect (301) to its new address here, once this blog runs at the old blog’s address.
        </p>
        {redirects.length > 0 && (
          <>
            <a
              href={`/api/admin/import/${jobId}/redirects.csv`}
              download="inkwell-redirects.csv"
              className="inline-block text-sm font-medium underline underline-offset-2"
            >
              Download redirects (CSV)
            </a>
            <ul className="max-h-80 space-y-1 overflow-auto rounded-md border border-stone-200 p-3 font-mono text-xs dark:border-stone-800">
              {redirects.map(({ from, to }) => (
                <li key={from}>
                  {from} → <a href={to}>{to}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {summary.cacheRefresh && <p className="text-sm text-stone-700 dark:text-stone-300">{summary.cacheRefresh}</p>}
    </div>
  );
}
