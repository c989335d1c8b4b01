import 'server-only';
import { wasToldAbout } from '@/db/queries/mail-queue';
import {
  getCommentForMail,
  lastCommentId,
  listActiveAdmins,
  listCommentsAfter,
  type CommentForMail,
} from '@/db/queries/mail-comments';
import { readSetting, writeSetting } from '@/db/queries/settings';
import {
  addSubscription,
  claimConfirmationSlot,
  findOrCreateSubscriber,
  subscribersForComment,
} from '@/db/queries/subscriptions';
import { log } from '@/lib/logging/logger';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { absoluteUrl } from '@/lib/site-url';
import { DAY_MS } from '@/lib/time';
import { issueConfirmationLink, issueModerationLinks, unsubscribeLinks } from './links';
import { enqueueMail } from './queue';
import { confirmationMail, digestMail, newCommentMail, replyMail, type Blog } from './templates';
import { currentSender } from './transport';

/**
 * What sends mail about comments: the writers' notifications, the readers' subscriptions and their
 * confirmation, the admins' digest. Everything here only queues mail (./queue.ts); a failure is
 * logged and never fails the comment or the moderation that caused it.
 */

const HOUR_MS = 60 * 60 * 1000;
const DIGEST_SETTING = 'mail.digestSentAt';

/** When the last digest went out, and the newest comment it covered. */
interface DigestMark {
  sentAt: number;
  throughCommentId: number;
}

async function readDigestMark(): Promise<DigestMark | undefined> {
  const value = await readSetting(DIGEST_SETTING);
  // Before the mark carried a comment id it was the time alone: the comments it covered are those
  // written by then.
  if (typeof value === 'number') return { sentAt: value, throughCommentId: await lastCommentId(new Date(value)) };
  const mark = value as Partial<DigestMark> | undefined;
  if (typeof mark?.sentAt === 'number' && typeof mark.throughCommentId === 'number') return mark as DigestMark;
  return undefined;
}

async function context() {
  const sender = await currentSender();
  const blog: Blog = { name: sender.blogName, url: sender.base };
  const commentUrl = (c: { postSlug: string; id: number }) => absoluteUrl(sender.base, `/posts/${c.postSlug}#comment-${c.id}`);
  return { sender, blog, commentUrl, queueUrl: absoluteUrl(sender.base, '/admin/comments') };
}

function quietly(what: string, work: () => Promise<void>): Promise<void> {
  return work().catch((error) => log.error({ event: 'mail.notify_failed', what, err: error }, 'queuing mail failed'));
}

/** A reader's new comment: its post's author (and admins, per the setting) hear of it. */
export function mailAboutNewComment(commentId: number, now = new Date()): Promise<void> {
  return quietly('new-comment', async () => {
    const comment = await getCommentForMail(commentId);
    if (!comment || comment.status === 'spam' || comment.status === 'trash') return;
    const { sender, blog, commentUrl, queueUrl } = await context();
    const settings = await loadSiteSettings();
    const recipients = new Map<string, true>();
    if (!comment.postAuthorDisabled && comment.userId !== comment.postAuthorId) recipients.set(comment.postAuthorEmail, true);
    if (settings.mail.adminNotifications === 'each') {
      for (const admin of await listActiveAdmins()) if (admin.id !== comment.userId) recipients.set(admin.email, true);
    }
    const held = comment.status === 'pending';
    for (const to of recipients.keys()) {
      const links = held ? await issueModerationLinks(sender.base, comment.id, now) : null;
      const mail = newCommentMail(blog, { ...summary(comment, commentUrl), held, queueUrl, links });
      await enqueueMail(sender, { ...mail, to, kind: 'new-comment', aboutCommentId: comment.id }, now);
    }
    if (comment.status === 'approved') await announce(comment, now);
  });
}

const summary = (comment: CommentForMail, commentUrl: (c: { postSlug: string; id: number }) => string) => ({
  authorName: comment.authorName,
  body: comment.bodySource,
  postTitle: comment.postTitle,
  commentUrl: commentUrl(comment),
});

/** Comments that have just become visible: subscribers to their thread and post hear of them. */
export function mailAboutApprovedComments(commentIds: number[], now = new Date()): Promise<void> {
  return quietly('approved', async () => {
    for (const id of commentIds) {
      const comment = await getCommentForMail(id);
      if (comment?.status === 'approved') await announce(comment, now);
    }
  });
}

async function announce(comment: CommentForMail, now: Date) {
  const subscribers = await subscribersForComment(comment);
  if (subscribers.length === 0) return;
  const { sender, blog, commentUrl } = await context();
  for (const { subscriber, reason } of subscribers) {
    // Approved, unapproved and approved again: still one mail.
    if (await wasToldAbout(subscriber.email, comment.id, ['reply'])) continue;
    const unsubscribe = unsubscribeLinks(sender.base, subscriber.id);
    const mail = replyMail(blog, { ...summary(comment, commentUrl), reason, unsubscribeUrl: unsubscribe.page });
    await enqueueMail(
      sender,
      {
        ...mail,
        to: subscriber.email,
        kind: 'reply',
        aboutCommentId: comment.id,
        // RFC 8058: a mail client unsubscribes with one POST, no page, no sign-in.
        headers: { 'List-Unsubscribe': `<${unsubscribe.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      },
      now,
    );
  }
}

export type SubscriptionOutcome = 'subscribed' | 'confirmation-sent' | 'confirmation-pending' | 'unsubscribed';

/**
 * "Email me when someone replies" on a comment (and, with `everyComment`, every new comment on its
 * post). An address that is new, or not yet confirmed, is sent a confirmation link — at most one an
 * hour; until it is confirmed nothing else is sent to it. An address that unsubscribed is sent nothing.
 */
export async function subscribeToReplies(
  input: { email: string; postId: number; postTitle: string; commentId: number; everyComment: boolean },
  now = new Date(),
): Promise<SubscriptionOutcome | undefined> {
  return subscribe(input, now).catch((error) => {
    log.error({ event: 'mail.subscribe_failed', err: error }, 'subscribing to replies failed');
    return undefined;
  });
}

async function subscribe(
  input: { email: string; postId: number; postTitle: string; commentId: number; everyComment: boolean },
  now: Date,
): Promise<SubscriptionOutcome> {
  const subscriber = await findOrCreateSubscriber(input.email.trim().toLowerCase());
  if (subscriber.unsubscribedAt) return 'unsubscribed';
  await addSubscription({ subscriberId: subscriber.id, postId: input.postId, commentId: input.commentId });
  if (input.everyComment) await addSubscription({ subscriberId: subscriber.id, postId: input.postId, commentId: null });
  if (subscriber.confirmedAt) return 'subscribed';
  if (!(await claimConfirmationSlot(subscriber.id, now, new Date(now.getTime() - HOUR_MS)))) return 'confirmation-pending';
  const { sender, blog } = await context();
  const confirmUrl = await issueConfirmationLink(sender.base, subscriber.id, now);
  await enqueueMail(
    sender,
    { ...confirmationMail(blog, { postTitle: input.postTitle, confirmUrl }), to: subscriber.email, kind: 'confirm' },
    now,
  );
  return 'confirmation-sent';
}

/**
 * With the "daily digest" setting: once a day, one mail to each admin with the day's comments.
 * The first tick only starts the day; a day with no comments sends nothing.
 */
export async function sendDigestIfDue(now = new Date()): Promise<void> {
  const settings = await loadSiteSettings();
  if (settings.mail.adminNotifications !== 'digest') return;
  const last = await readDigestMark();
  if (!last) {
    await writeSetting(DIGEST_SETTING, { sentAt: now.getTime(), throughCommentId: await lastCommentId() } satisfies DigestMark);
    return;
  }
  if (now.getTime() - last.sentAt < DAY_MS) return;
  const comments = await listCommentsAfter(last.throughCommentId);
  const throughCommentId = comments.at(-1)?.id ?? last.throughCommentId;
  await writeSetting(DIGEST_SETTING, { sentAt: now.getTime(), throughCommentId } satisfies DigestMark);
  if (comments.length === 0) return;
  const { sender, blog, commentUrl, queueUrl } = await context();
  const mail = digestMail(blog, {
    comments: comments.map((c) => ({
      authorName: c.authorName,
      body: c.bodySource,
      postTitle: c.postTitle,
      commentUrl: commentUrl(c),
    })),
    held: comments.filter((c) => c.status === 'pending').length,
    queueUrl,
  });
  for (const admin of await listActiveAdmins()) await enqueueMail(sender, { ...mail, to: admin.email, kind: 'digest' }, now);
}
