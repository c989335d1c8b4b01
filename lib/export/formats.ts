// What the exports are called, shared by the CLI, the download route and the admin panel (no server code).

export const EXPORT_FORMATS = ['wxr', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  wxr: 'application/rss+xml; charset=utf-8',
  zip: 'application/zip',
};

/** Where the admin panel downloads each export from (app/admin/export/[format]/route.ts). */
export function exportDownloadPath(format: ExportFormat): string {
  return `/admin/export/${format}`;
}

/** `<blog>-wordpress-<YYYY-MM-DD>.xml` or `<blog>-export-<YYYY-MM-DD>.zip`: whose, what for, and when. */
export function exportFileName(format: ExportFormat, blogTitle: string, at: Date): string {
  const blog =
    blogTitle
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'blog';
  const day = at.toISOString().slice(0, 10);
  return format === 'wxr' ? `${blog}-wordpress-${day}.xml` : `${blog}-export-${day}.zip`;
}

/** Where an Inkwell redirect's old path travels in a WXR file: a post meta WordPress keeps and ignores. */
export const OLD_PATH_META_KEY = '_inkwell_old_path';
