import type { PostStatus } from '@/db/schema';
import type { SavePostResponse } from '@/lib/posts/save-response';
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

/** A server action as the editor calls it: no previous state, a form in, a result out. */
export type EditorAction<R> = (previous: unknown, formData: FormData) => Promise<R>;
export type SaveAction = EditorAction<SavePostResponse>;
export type TransitionResponse = { ok: true; message: string; versions: Record<number, number> } | { ok: false; error: string };
export type RestoreResponse = { ok: true; message: string; title: string; contentHtml: string } | { ok: false; error: string };
export type RevisionsResponse = { ok: true; message: string; revisions: RevisionView[] } | { ok: false; error: string };

/** The form an action is called with. */
export function actionForm(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

// A save that could not reach the server may mean the session ended: ask next-auth, which answers signed-out requests too.
export async function signedIn(): Promise<boolean> {
  const session = await fetch('/api/auth/session', { cache: 'no-store' })
    .then((r) => r.json())
    .catch(() => undefined);
  return session === undefined || !!session?.user;
}
