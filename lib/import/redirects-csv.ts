import type { ImportedRedirect } from './types';

/**
 * The redirects an import set up, as CSV (`from,to`, RFC 4180) for the old host's own redirect
 * rules or a record. Every cell is quoted, and one a spreadsheet would run as a formula (starting
 * with = + - @) is prefixed with an apostrophe: the paths come from the uploaded file.
 */
export function redirectsCsv(redirects: ImportedRedirect[]): string {
  const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;
  return ['from,to', ...redirects.map(({ from, to }) => `${cell(from)},${cell(to)}`)].join('\r\n') + '\r\n';
}
