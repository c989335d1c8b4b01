/**
 * A copy of the editor's contents in the browser (localStorage), written on every change and removed
 * once the server has the same text: a closed tab, a crash or an expired session loses nothing.
 */

export interface LocalCopy {
  title: string;
  contentHtml: string;
  /** The post version the copy was edited from. */
  baseVersion: number;
  savedAt: number;
}

const PREFIX = 'inkwell:post-draft:';

export const localCopyKey = (postId: number | null) => `${PREFIX}${postId ?? 'new'}`;

function isLocalCopy(value: unknown): value is LocalCopy {
  const v = value as LocalCopy;
  return (
    !!v &&
    typeof v.title === 'string' &&
    typeof v.contentHtml === 'string' &&
    Number.isInteger(v.baseVersion) &&
    typeof v.savedAt === 'number'
  );
}

export function readLocalCopy(storage: Pick<Storage, 'getItem'>, postId: number | null): LocalCopy | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(localCopyKey(postId)) ?? 'null');
    return isLocalCopy(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(storage: Pick<Storage, 'setItem'>, postId: number | null, copy: LocalCopy): void {
  try {
    storage.setItem(localCopyKey(postId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server save still runs; nothing else to do here.
  }
}

export function clearLocalCopy(storage: Pick<Storage, 'removeItem'>, postId: number | null): void {
  try {
    storage.removeItem(localCopyKey(postId));
  } catch {
    // As above.
  }
}

/**
 * What to do with a copy found when the editor opens: nothing when it matches the server; restore it
 * when it was edited from the server's current version (the last save never arrived); offer it when
 * the post changed on the server since (the author chooses, nothing is overwritten silently).
 */
export function localCopyDecision(
  copy: LocalCopy | null,
  server: { title: string; contentHtml: string; version: number },
): 'none' | 'restore' | 'offer' {
  if (!copy) return 'none';
  if (copy.title === server.title && copy.contentHtml === server.contentHtml) return 'none';
  return copy.baseVersion === server.version ? 'restore' : 'offer';
}
