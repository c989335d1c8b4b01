/** Where the editor's text is, as the status line tells the author. */
export type SaveStatus =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; attempt: number }
  | { kind: 'signedOut' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; message: string };

/** Typing stops, and the text is sent this long after. */
export const AUTOSAVE_DELAY_MS = 2000;

/** Waits between attempts after a failed save: 2 s, 4 s, 8 s… up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 2000 * 2 ** Math.max(0, attempt - 1));
}

/** While signed out, the editor tries again this often (and whenever the tab regains focus). */
export const SIGNED_OUT_RETRY_MS = 5000;

export function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return 'Not saved — retrying';
    case 'signedOut':
      return 'Not saved — your session has ended. Sign in again in another tab; your text stays here and is saved when you are back.';
    case 'conflict':
      return 'Not saved — this post was changed elsewhere';
    case 'invalid':
      return `Not saved — ${status.message}`;
  }
}
