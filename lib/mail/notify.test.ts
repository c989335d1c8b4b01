import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// Subscriptions, their confirmation, the links in mails and trust by a confirmed address, against a
// real, migrated and seeded SQLite file. Without SMTP_URL every mail is kept: what was queued is
// read back from mail_queue.
testDatabase('mail-notify', { seed: true });

const POST = 'the-art-of-the-quoted-passage';

let notify: typeof import('./notify');
let links: typeof import('./links');
let actions: typeof import('./link-actions');
let trust: typeof import('@/lib/comments/trust');
let comments: typeof import('@/db/queries/comments');
let db: typeof import('@/db/client');
let postId: number;

beforeAll(async () => {
  notify = await import('./notify');
  links = await import('./links');
  actions = await import('./link-actions');
  trust = await import('@/lib/comments/trust');
  comments = await import('@/db/queries/comments');
  db = await import('@/db/client');
  postId = (await comments.getPostForCommenting(POST))!.id;
});

let sequence = 0;
async function commentBy(
  email: string,
  status: 'pending' | 'approved' = 'pending',
  parentId: number | null = null,
  createdAt?: Date,
) {
  sequence += 1;
  const body = `Comment ${sequence}`;
  const { id } = await comments.insertComment({
    postId,
    parentId,
    authorName: `Reader ${sequence}`,
    authorEmail: email,
    bodySource: body,
    bodyHtml: `<p>${body}</p>`,
    status,
    approvedAt: status === 'approved' ? new Date() : null,
    createdAt,
  });
  return id;
}

async function mailsTo(email: string, kind?: string) {
  const rows = (
    await db.sqlite.execute({ sql: 'select * from mail_queue where to_address = ? order by id', args: [email.toLowerCase()] })
  ).rows;
  return rows.filter((r) => kind === undefined || r.kind === kind);
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

async function subscribe(email: string, commentId: number, now = new Date()) {
  return notify.subscribeToReplies({ email, postId, postTitle: 'A post', commentId, everyComment: false }, now);
}

describe('subscribing to replies', () => {
  it('sends one confirmation an hour at most, and nothing else until it is confirmed', async () => {
    const email = 'New.Reader@example.com';
    const now = new Date();
    expect(await subscribe(email, await commentBy(email), now)).toBe('confirmation-sent');
    expect(await subscribe(email, await commentBy(email), new Date(now.getTime() + 59 * 60_000))).toBe('confirmation-pending');
    expect(await mailsTo(email, 'confirm')).toHaveLength(1);
    expect(await subscribe(email, await commentBy(email), new Date(now.getTime() + 61 * 60_000))).toBe('confirmation-sent');
    expect(await mailsTo(email, 'confirm')).toHaveLength(2);

    // Unconfirmed: a reply to their comment is not mailed.
    const mine = await commentBy(email, 'approved');
    await subscribe(email, mine);
    const reply = await commentBy('someone@example.com', 'approved', mine);
    await notify.mailAboutApprovedComments([reply]);
    expect(await mailsTo(email, 'reply')).toHaveLength(0);
  });

  it('once confirmed, mails each approved reply once, with List-Unsubscribe headers; unsubscribed, nothing', async () => {
    const email = 'confirmed@example.com';
    const mine = await commentBy(email, 'approved');
    await subscribe(email, mine);
    const [confirm] = await mailsTo(email, 'confirm');
    const confirmUrl = /https?:\/\/\S+\/mail\/confirm\?token=\S+/.exec(String(confirm.text))![0];
    expect(await actions.confirmByLink(tokenOf(confirmUrl))).toMatchObject({ ok: true });
    // The link works once.
    expect(await actions.confirmByLink(tokenOf(confirmUrl))).toMatchObject({ ok: false });

    const reply = await commentBy('answerer@example.com', 'approved', mine);
    await notify.mailAboutApprovedComments([reply]);
    await notify.mailAboutApprovedComments([reply]);
    const replies = await mailsTo(email, 'reply');
    expect(replies).toHaveLength(1);
    const headers = JSON.parse(String(replies[0].headers)) as Record<string, string>;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = headers['List-Unsubscribe'].slice(1, -1);
    expect(oneClick).toMatch(/\/api\/mail\/unsubscribe\?token=\d+\./);

    // A forged token unsubscribes nobody; the real one does, and nothing is sent after.
    expect(await actions.unsubscribeByToken(`${tokenOf(oneClick).split('.')[0]}.forgedforgedforgedforged`)).toBe(false);
    expect(await actions.unsubscribeByToken(tokenOf(oneClick))).toBe(true);
    await notify.mailAboutApprovedComments([await commentBy('answerer@example.com', 'approved', mine)]);
    expect(await mailsTo(email, 'reply')).toHaveLength(1);
    expect(await subscribe(email, await commentBy(email))).toBe('unsubscribed');
  });
});

describe('moderation links', () => {
  it('work once, all three spent together, and not after seven days', async () => {
    const now = new Date();
    const id = await commentBy('held@example.com');
    const set = await links.issueModerationLinks('https://blog.example.com', id, now);
    expect(set.approve).toMatch(/^https:\/\/blog\.example\.com\/mail\/moderate\?token=/);
    expect(await links.peekModerationLink(tokenOf(set.spam), now)).toEqual({ commentId: id, action: 'spam' });
    const done = await actions.moderateByLink(tokenOf(set.approve), now);
    expect(done).toMatchObject({ ok: true, message: 'Comment approved: it is published.', refreshPosts: [postId] });
    expect(await actions.moderateByLink(tokenOf(set.approve), now)).toEqual({ ok: false, error: actions.LINK_SPENT });
    expect(await actions.moderateByLink(tokenOf(set.trash), now)).toEqual({ ok: false, error: actions.LINK_SPENT });

    const later = await links.issueModerationLinks('https://blog.example.com', await commentBy('late@example.com'), now);
    const eightDays = new Date(now.getTime() + 8 * 24 * 60 * 60 * 1000);
    expect(await actions.moderateByLink(tokenOf(later.spam), eightDays)).toEqual({ ok: false, error: actions.LINK_SPENT });
  });
});

describe('trust', () => {
  it('a confirmed address with an approved comment is trusted; the same address unconfirmed is not', async () => {
    const stranger = 'unknown-key';
    await commentBy('proven@example.com', 'approved');
    await commentBy('unproven@example.com', 'approved');
    expect(await trust.isTrustedCommenter({ commenterKeyHash: stranger, email: 'proven@example.com' })).toBe(false);
    const mine = await commentBy('proven@example.com');
    await subscribe('proven@example.com', mine);
    const [confirm] = await mailsTo('proven@example.com', 'confirm');
    await actions.confirmByLink(tokenOf(/https?:\/\/\S+\/mail\/confirm\?token=\S+/.exec(String(confirm.text))![0]));
    expect(await trust.isTrustedCommenter({ commenterKeyHash: stranger, email: 'Proven@Example.com' })).toBe(true);
    expect(await trust.isTrustedCommenter({ commenterKeyHash: stranger, email: 'unproven@example.com' })).toBe(false);
  });
});

describe('admin notifications', () => {
  it('each comment by default; with the digest, one mail a day with the day’s comments', async () => {
    const { createUser } = await import('@/db/queries/users');
    const { writeSetting } = await import('@/db/queries/settings');
    await createUser({ email: 'admin@example.com', name: 'Ad Min', passwordHash: 'x', role: 'admin' });
    const first = await commentBy('each@example.com');
    await notify.mailAboutNewComment(first);
    const [held] = await mailsTo('admin@example.com', 'new-comment');
    expect(held.subject).toContain('awaiting approval');
    expect(String(held.text)).toMatch(/Approve: +https?:\/\/\S+\/mail\/moderate\?token=/);

    await writeSetting('mail', { adminNotifications: 'digest' });
    await notify.mailAboutNewComment(await commentBy('digest@example.com'));
    expect(await mailsTo('admin@example.com', 'new-comment')).toHaveLength(1);

    const start = new Date();
    await notify.sendDigestIfDue(start); // starts the day
    // Written in the very millisecond the day started (a fast machine does both within one): still
    // the day's, and in its digest.
    const later = await commentBy('later@example.com', 'pending', null, start);
    await notify.sendDigestIfDue(new Date(start.getTime() + 60_000));
    expect(await mailsTo('admin@example.com', 'digest')).toHaveLength(0);
    await notify.sendDigestIfDue(new Date(start.getTime() + 24 * 60 * 60 * 1000));
    const digests = await mailsTo('admin@example.com', 'digest');
    expect(digests).toHaveLength(1);
    expect(String(digests[0].subject)).toMatch(/new comment today/);
    expect(String(digests[0].text)).toContain(`#comment-${later}`);

    // The next day's digest has only what came after.
    const next = await commentBy('next-day@example.com');
    await notify.sendDigestIfDue(new Date(start.getTime() + 2 * 24 * 60 * 60 * 1000));
    const [, second] = await mailsTo('admin@example.com', 'digest');
    expect(String(second.text)).toContain(`#comment-${next}`);
    expect(String(second.text)).not.toContain(`#comment-${later}`);

    // A mark from before it named a comment (the time alone) covers what was written by that time.
    const markedAt = new Date(start.getTime() + 3 * 24 * 60 * 60 * 1000);
    await writeSetting('mail.digestSentAt', markedAt.getTime());
    const covered = await commentBy('covered@example.com', 'pending', null, new Date(markedAt.getTime() - 1));
    const uncovered = await commentBy('uncovered@example.com', 'pending', null, new Date(markedAt.getTime() + 1));
    await notify.sendDigestIfDue(new Date(markedAt.getTime() + 24 * 60 * 60 * 1000));
    const [, , third] = await mailsTo('admin@example.com', 'digest');
    expect(String(third.text)).toContain(`#comment-${uncovered}`);
    expect(String(third.text)).not.toContain(`#comment-${covered}`);
    await writeSetting('mail', { adminNotifications: 'each' });
  });
});
