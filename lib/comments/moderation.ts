import type { CommentStatus } from '@/db/schema';

/** The buttons of the moderation queue, and the status each one moves a comment to. */
export const MODERATION_ACTIONS = {
  approve: { label: 'Approve', to: 'approved', past: 'approved' },
  unapprove: { label: 'Unapprove', to: 'pending', past: 'unapproved' },
  spam: { label: 'Spam', to: 'spam', past: 'marked as spam' },
  // A comment rescued from spam is a real comment: it is published.
  notSpam: { label: 'Not spam', to: 'approved', past: 'approved' },
  trash: { label: 'Trash', to: 'trash', past: 'moved to the trash' },
  restore: { label: 'Restore', to: 'pending', past: 'restored to Pending' },
} as const satisfies Record<string, { label: string; to: CommentStatus; past: string }>;

export type ModerationAction = keyof typeof MODERATION_ACTIONS;

/** Which actions a comment in each tab offers, in button order. */
export const ACTIONS_BY_STATUS: Record<CommentStatus, ModerationAction[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['notSpam', 'trash'],
  trash: ['restore', 'spam'],
};

/** Single-key shortcuts in the queue; each applies only where the tab offers that action. */
export const SHORTCUTS: Record<string, ModerationAction> = { a: 'approve', s: 'spam', t: 'trash', u: 'unapprove' };

/**
 * The posts whose reader pages change when comments move between statuses: only a comment
 * entering or leaving "approved" is visible to readers.
 */
export function postsShowingChange(changes: { postId: number; previousStatus: CommentStatus }[], to: CommentStatus): number[] {
  const affected = changes.filter((c) => (c.previousStatus === 'approved') !== (to === 'approved'));
  return [...new Set(affected.map((c) => c.postId))];
}

export function describeModeration(action: ModerationAction, count: number): string {
  return `${count === 1 ? '1 comment' : `${count} comments`} ${MODERATION_ACTIONS[action].past}.`;
}
