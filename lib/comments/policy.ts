import type { CommentPolicy } from '@/lib/settings/schema';

export type NewCommentStatus = 'approved' | 'pending' | 'spam';

export interface CommentFacts {
  policy: CommentPolicy;
  /** The commenter's browser holds the key of an earlier approved comment (lib/comments/trust.ts). */
  isReturningCommenter: boolean;
  linkCount: number;
  /** The text, name, email or website contains a disallowed word or address. */
  hasDisallowedContent: boolean;
  /** The admin blocked this commenter's email or address. */
  isBlocked: boolean;
  /** Posted without the signed form token that JavaScript fetches (see lib/comments/form-token). */
  missingFormToken: boolean;
}

// More links than this is how most comment spam looks; such comments wait for a person.
export const MAX_LINKS_BEFORE_HOLD = 3;

/** Where a new comment goes: published, held for moderation, or straight to spam. */
export function decideCommentStatus(facts: CommentFacts): NewCommentStatus {
  if (facts.hasDisallowedContent || facts.isBlocked) return 'spam';
  if (facts.linkCount > MAX_LINKS_BEFORE_HOLD || facts.missingFormToken) return 'pending';
  switch (facts.policy) {
    case 'publishAll':
      return 'approved';
    case 'holdAll':
      return 'pending';
    case 'holdFirstTime':
      return facts.isReturningCommenter ? 'approved' : 'pending';
  }
}

/** Case-insensitive match of any disallowed word or address (one per entry) in the given texts. */
export function containsDisallowed(texts: (string | null | undefined)[], disallowed: string[]): boolean {
  const haystack = texts.filter(Boolean).join('\n').toLowerCase();
  return disallowed.some((word) => {
    const needle = word.trim().toLowerCase();
    return needle.length > 0 && haystack.includes(needle);
  });
}

/** When comments close automatically (N days after publication), or null when they never do. */
export function commentsCloseAt(post: { publishedAt: Date }, closeAfterDays: number | null): Date | null {
  return closeAfterDays === null ? null : new Date(post.publishedAt.getTime() + closeAfterDays * 24 * 60 * 60 * 1000);
}

/** Whether comments are closed on a post: by its author, or automatically after N days. */
export function commentsClosed(
  post: { commentsOpen: boolean; publishedAt: Date },
  closeAfterDays: number | null,
  now: Date,
): boolean {
  if (!post.commentsOpen) return true;
  const closesAt = commentsCloseAt(post, closeAfterDays);
  return closesAt !== null && now.getTime() > closesAt.getTime();
}
