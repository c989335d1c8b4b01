// The one place that says what a storage failure means to a person. SQLite reports a read-only
// file or folder as SQLITE_READONLY (and variants such as SQLITE_READONLY_DBMOVED), a full disk as
// SQLITE_FULL; the file system says ENOSPC / EROFS / EACCES (a backup's copy). Drizzle wraps the
// driver's error ("Failed query: …"), so the code is looked for along the `cause` chain.

export type StorageProblemKind = 'readOnly' | 'diskFull';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The driver's or system's code, for the log. */
  code: string;
  /** A sentence for the page: what happened, that nothing was saved, and that reading still works. */
  message: string;
}

const MESSAGES: Record<StorageProblemKind, string> = {
  readOnly:
    'The blog cannot save anything right now: its database is read-only. Nothing was saved; your text is still here. Please try again later, or tell the site owner.',
  diskFull:
    'The blog cannot save anything right now: the server’s disk is full. Nothing was saved; your text is still here. Please try again later, or tell the site owner.',
};

function kindOf(code: string): StorageProblemKind | null {
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'readOnly';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  return null;
}

/** The storage problem behind `error`, or null when it is something else (a bug, a redirect…). */
export function storageProblem(error: unknown): StorageProblem | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const kind = kindOf(code);
    if (kind) return { kind, code, message: MESSAGES[kind] };
  }
  return null;
}
