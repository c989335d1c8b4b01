import { exportDownloadPath, type ExportFormat } from '@/lib/export/formats';

const EXPORTS: { format: ExportFormat; label: string; holds: string }[] = [
  {
    format: 'wxr',
    label: 'Download for WordPress (WXR)',
    holds:
      'One .xml file WordPress’s importer reads (Tools › Import › WordPress): posts, pages, labels as categories, comments with their replies, and authors.',
  },
  {
    format: 'zip',
    label: 'Download everything (zip)',
    holds:
      'A Markdown file for each post and page, blog.json with everything (settings, accounts without passwords, labels, posts, pages, comments, redirects) and every uploaded image.',
  },
];

/** The two exports, as plain links: the browser downloads the file while the server writes it. */
export function ExportPanel() {
  return (
    <section
      aria-labelledby="export-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="export-heading" className="font-serif text-lg font-semibold">
        Export
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Take your whole blog with you, or keep a copy. Drafts, scheduled posts and held comments are included.
      </p>
      <ul className="space-y-4">
        {EXPORTS.map(({ format, label, holds }) => (
          <li key={format} className="space-y-1">
            <a
              href={exportDownloadPath(format)}
              download
              aria-describedby={`export-${format}-holds`}
              className="inline-block rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              {label}
            </a>
            <p id={`export-${format}-holds`} className="text-sm text-stone-700 dark:text-stone-300">
              {holds}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
