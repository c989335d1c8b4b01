import type { SaveConflict } from './concurrency';
import type { SavedPost } from './editing';

/** What the editor's save action answers (the form-state shape of lib/auth/action.ts, with the save's data). */
export type SavePostResponse =
  | ({ ok: true; message: string } & SavedPost)
  | {
      ok: false;
      error: string;
      fieldErrors: Partial<Record<string, string[]>>;
      /** Never echoed for the editor: its text stays on screen and in the browser's copy. */
      values: Record<string, string>;
      /** 'invalid' | 'conflict' | 'notFound' | 'forbidden' | 'notAllowed' | 'unauthenticated' */
      reason?: string;
      conflict?: SaveConflict;
    };
