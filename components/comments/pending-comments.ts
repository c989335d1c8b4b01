import type { PostedComment } from '@/lib/comments/posted-comment';

// Comments awaiting moderation are shown only to the person who wrote them: they are kept in this
// browser (never on the cached page) until they are approved or a week has passed.
const KEY = 'inkwell:pending-comments';
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;
export const PENDING_CHANGED = 'inkwell:pending-changed';

export function readPendingComments(): PostedComment[] {
  try {
    const all = JSON.parse(localStorage.getItem(KEY) ?? '[]') as PostedComment[];
    return all.filter((c) => Date.now() - Date.parse(c.createdAt) < KEEP_MS);
  } catch {
    return [];
  }
}

export function rememberPendingComment(comment: PostedComment) {
  try {
    localStorage.setItem(KEY, JSON.stringify([...readPendingComments(), comment]));
    window.dispatchEvent(new Event(PENDING_CHANGED));
  } catch {
    // Storage unavailable: the confirmation message is all the reader gets.
  }
}
