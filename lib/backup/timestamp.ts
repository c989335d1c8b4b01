/** `2026-12-01T11-50-07Z`: sorts by time, and is a valid file name everywhere. */
export function backupTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}
