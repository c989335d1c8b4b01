import type { PostStatus } from '@/db/schema';
import type { FormAction } from '@/lib/forms/form-state';
import type { SaveFailure } from '@/lib/posts/concurrency';
import type { SavedPost } from '@/lib/posts/editing';
import type { PostSettingsValue } from './PostSettings';
import type { RevisionView } from './RevisionsPanel';

/** What the editor page talks to the server with: the post it opens, the server actions it calls and what they answer. */

export interface EditorPost {
  id: number | null;
  version: number;
  status: PostStatus;
  title: string;
  contentHtml: string;
  settings: PostSettingsValue;
  /** A published post opened with edits that are saved but not published yet. */
  pendingChanges: boolean;
}

/** The server actions the editor calls (app/admin/posts/actions.ts), each answering a FormResult. */
export interface EditorActions {
  saveAction: FormAction<SavedPost, SaveFailure>;
  /** Unpublish or trash: the posts' new versions. */
  transitionAction: FormAction<{ versions: Record<number, number> }>;
  restoreAction: FormAction<{ title: string; contentHtml: string }>;
  revisionsAction: FormAction<{ revisions: RevisionView[] }>;
}

// A save that could not reach the server may mean the session ended: ask next-auth, which answers signed-out requests too.
export async function signedIn(): Promise<boolean> {
  const session = await fetch('/api/auth/session', { cache: 'no-store' })
    .then((r) => r.json())
    .catch(() => undefined);
  return session === undefined || !!session?.user;
}
