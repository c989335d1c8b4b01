import 'server-only';
import { setCommentStatus } from '@/db/queries/moderation';
import { findSubscriber, markSubscriberConfirmed, markSubscriberUnsubscribed } from '@/db/queries/subscriptions';
import { MODERATION_ACTIONS, postsShowingChange } from '@/lib/comments/moderation';
import { log } from '@/lib/logging/logger';
import { subscriberOfUnsubscribeToken, spendConfirmationLink, spendModerationLink, type EmailModerationAction } from './links';
import { mailAboutApprovedComments } from './notify';

/**
 * What the links in emails do once the person presses the button on the page they open (a link
 * alone does nothing: mail scanners open links too). None needs a session: the token is the proof.
 */

export const LINK_SPENT = 'This link has expired or was already used. Sign in to moderate the comment from the queue.';

export const EMAIL_ACTION_LABELS: Record<EmailModerationAction, { button: string; done: string }> = {
  approve: { button: 'Approve comment', done: 'Comment approved: it is published.' },
  spam: { button: 'Mark as spam', done: 'Comment marked as spam.' },
  trash: { button: 'Move to trash', done: 'Comment moved to the trash.' },
};

export async function moderateByLink(
  token: string,
  now = new Date(),
): Promise<{ ok: true; message: string; refreshPosts: number[] } | { ok: false; error: string }> {
  const use = await spendModerationLink(token, now);
  if (!use) return { ok: false, error: LINK_SPENT };
  const to = MODERATION_ACTIONS[use.action].to;
  const changes = await setCommentStatus([use.commentId], to);
  if (changes.length === 0) return { ok: false, error: 'That comment no longer exists.' };
  log.info(
    { event: 'comments.moderated', action: use.action, to, ids: [use.commentId], by: 'email-link' },
    'comment moderated from an email',
  );
  if (to === 'approved' && changes[0].previousStatus !== 'approved') await mailAboutApprovedComments([use.commentId], now);
  return { ok: true, message: EMAIL_ACTION_LABELS[use.action].done, refreshPosts: postsShowingChange(changes, to) };
}

export async function confirmByLink(
  token: string,
  now = new Date(),
): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
  const subscriberId = await spendConfirmationLink(token, now);
  const subscriber = subscriberId === null ? null : await markSubscriberConfirmed(subscriberId, now);
  if (!subscriber) return { ok: false, error: 'This confirmation link has expired or was already used.' };
  log.info({ event: 'mail.subscriber_confirmed', subscriberId }, 'subscriber confirmed');
  return { ok: true, message: 'Your email is confirmed. We will email you when someone replies.' };
}

export async function unsubscribeByToken(token: string, now = new Date()): Promise<boolean> {
  const subscriberId = subscriberOfUnsubscribeToken(token);
  if (subscriberId === null || !(await findSubscriber(subscriberId))) return false;
  await markSubscriberUnsubscribed(subscriberId, now);
  log.info({ event: 'mail.unsubscribed', subscriberId }, 'subscriber unsubscribed');
  return true;
}
