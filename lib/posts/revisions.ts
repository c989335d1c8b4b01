export type RevisionReason = 'autosave' | 'publish' | 'restore';

/** Autosaves keep a revision at most this often; publishing always keeps one. */
export const AUTOSAVE_REVISION_INTERVAL_MS = 10 * 60 * 1000;

export interface LastRevision {
  reason: RevisionReason;
  createdAt: Date;
  title: string;
  contentHtml: string;
}

/**
 * Whether a save keeps a revision, and why. Every publish does (unless it publishes exactly what the last
 * publish did); an autosave does when the last revision of any kind is at least ten minutes old and
 * the text has changed since.
 */
export function revisionToKeep({
  kind,
  last,
  title,
  contentHtml,
  now,
}: {
  kind: 'autosave' | 'publish';
  last: LastRevision | null;
  title: string;
  contentHtml: string;
  now: Date;
}): RevisionReason | null {
  const unchanged = !!last && last.title === title && last.contentHtml === contentHtml;
  if (kind === 'publish') return unchanged && last?.reason === 'publish' ? null : 'publish';
  if (unchanged) return null;
  if (!last || now.getTime() - last.createdAt.getTime() >= AUTOSAVE_REVISION_INTERVAL_MS) return 'autosave';
  return null;
}
