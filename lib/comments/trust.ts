import 'server-only';
import { hasApprovedCommentWithKey } from '@/db/queries/comments';

/**
 * Whether a commenter has earned "published at once" under the hold-first-time policy: something
 * they hold that a stranger cannot type — the commenter key of a browser that wrote an approved
 * comment. A name, an email or an address alone never counts: anyone can type them.
 */
export async function isTrustedCommenter(who: { commenterKeyHash: string }): Promise<boolean> {
  return hasApprovedCommentWithKey(who.commenterKeyHash);
}
