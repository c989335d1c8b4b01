import type { PostStatus } from '@/db/schema';
import type { SaveConflict } from './concurrency';
import type { RevisionReason } from './revisions';

/** What the editor's save action answers (the form-state shape of lib/auth/action.ts, with the save's data). */
export type SavePostResponse =
  | {
      ok: true;
      message: string;
      postId: number;
      version: number;
      slug: string;
      status: PostStatus;
      publishedAt: Date | null;
      revision: RevisionReason | null;
      pendingChanges: boolean;
    }
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
