import 'server-only';
import { hasApprovedCommentWithKey } from '@/db/queries/comments';
import { isConfirmedWithApprovedComment } from '@/db/queries/subscriptions';

/**
 * Whether a commenter has earned "published at once" under the hold-first-time policy: something
 * they hold that a stranger cannot simply claim. Either of two proofs:
 *
 * - the commenter key of a browser that wrote an approved comment (lib/comments/commenter-key.ts);
 * - an email address its owner confirmed from the link mailed to it (lib/mail), with an approved
 *   comment under that address.
 *
 * A name, or an email nobody confirmed, never counts: anyone can type them. docs/email.md says how
 * the two combine and what the second still lets a person who knows a confirmed address do.
 */
export async function isTrustedCommenter(who: { commenterKeyHash: string; email?: string | null }): Promise<boolean> {
  if (await hasApprovedCommentWithKey(who.commenterKeyHash)) return true;
  return who.email ? isConfirmedWithApprovedComment(who.email.trim().toLowerCase()) : false;
}
