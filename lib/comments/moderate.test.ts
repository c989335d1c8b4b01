import { beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';
import type { CommentStatus } from '@/db/schema';

// The moderation queue's operations against a real, migrated and seeded SQLite file.
testDatabase('moderate', { seed: true });

let moderate: typeof import('./moderate');
let comments: typeof import('@/db/queries/comments');
let queries: typeof import('@/db/queries/moderation');
let info: MockInstance;
let postId: number;

const admin = { user: { id: 1, name: 'Ada Admin', email: 'ada@example.com' } };

beforeAll(async () => {
  moderate = await import('./moderate');
  comments = await import('@/db/queries/comments');
  queries = await import('@/db/queries/moderation');
  const { log } = await import('@/lib/logging/logger');
  info = vi.spyOn(log, 'info').mockImplementation(() => {});
  postId = (await comments.getPostForCommenting('the-art-of-the-quoted-passage'))!.id;
});

beforeEach(() => info.mockClear());

let sequence = 0;
async function add(status: CommentStatus = 'pending', who: { authorEmail?: string; ipHash?: string } = {}) {
  sequence += 1;
  const body = `Comment number ${sequence}`;
  const { id } = await comments.insertComment({
    postId,
    authorName: 'Rea Der',
    bodySource: body,
    bodyHtml: `<p>${body}</p>`,
    status,
    ...who,
  });
  return id;
}

const statusOf = async (id: number) => (await queries.getCommentForModeration(id))?.status;
const logged = (event: string) => info.mock.calls.filter(([fields]) => (fields as { event?: string }).event === event);

describe('moderate and revertModeration', () => {
  it('approves, says so, names the post to refresh, and can be undone', async () => {
    const [a, b] = [await add(), await add()];
    const approved = await moderate.moderate(admin, [a, b], 'approve');
    expect(approved).toMatchObject({ ok: true, message: '2 comments approved.', refreshPosts: [postId] });
    expect(approved.undo).toEqual(
      expect.arrayContaining([
        { id: a, previousStatus: 'pending' },
        { id: b, previousStatus: 'pending' },
      ]),
    );
    expect(await statusOf(a)).toBe('approved');
    expect(logged('comments.moderated')).toEqual([
      [expect.objectContaining({ action: 'approve', to: 'approved', by: 1 }), 'comments moderated'],
    ]);

    const undone = await moderate.revertModeration(admin, approved.undo);
    expect(undone).toEqual({ ok: true, message: 'Undone.', refreshPosts: [postId] });
    expect(await statusOf(a)).toBe('pending');
    expect(logged('comments.moderation_undone')).toHaveLength(1);
  });

  it('refreshes nothing when no approved comment appears or disappears', async () => {
    const held = await add();
    expect(await moderate.moderate(admin, [held], 'spam')).toMatchObject({
      message: '1 comment marked as spam.',
      refreshPosts: [],
    });
  });
});

describe('replyAsModerator', () => {
  it('publishes the reply as the moderator, and approves the comment it answers', async () => {
    const parent = await add();
    const result = await moderate.replyAsModerator(admin, parent, 'Thank you for this.');
    expect(result).toEqual({
      ok: true,
      message: 'Reply published; the comment you answered is approved too.',
      refreshPosts: [postId],
    });
    expect(await statusOf(parent)).toBe('approved');
    const replies = (await comments.listApprovedComments(postId)).filter((c) => c.parentId === parent);
    expect(replies).toEqual([
      expect.objectContaining({ authorName: 'Ada Admin', bodyHtml: expect.stringContaining('Thank you for this.') }),
    ]);
    expect(logged('comments.replied')).toEqual([
      [expect.objectContaining({ parentId: parent, approvedParent: true }), expect.any(String)],
    ]);

    expect(await moderate.replyAsModerator(admin, parent, 'And again.')).toMatchObject({ message: 'Reply published.' });
  });

  it('refuses a reply to a comment that no longer exists', async () => {
    expect(await moderate.replyAsModerator(admin, 999_999, 'Hello?')).toEqual({
      ok: false,
      error: 'That comment no longer exists.',
    });
    expect(info).not.toHaveBeenCalled();
  });
});

describe('blockCommenterOf', () => {
  it('blocks the email and address, and sends the comment to spam', async () => {
    const id = await add('approved', { authorEmail: 'Spammer@Example.com', ipHash: 'hash-of-an-address' });
    const result = await moderate.blockCommenterOf(admin, id);
    expect(result).toEqual({
      ok: true,
      message: 'Commenter blocked: their comments will go to spam. This one is in spam now.',
      refreshPosts: [postId],
    });
    expect(await statusOf(id)).toBe('spam');
    const { readSetting } = await import('@/db/queries/settings');
    const { BLOCKLIST_SETTING, parseBlocklist } = await import('./blocklist');
    expect(parseBlocklist(await readSetting(BLOCKLIST_SETTING))).toEqual({
      emails: ['spammer@example.com'],
      ipHashes: ['hash-of-an-address'],
    });
    expect(logged('comments.commenter_blocked')).toHaveLength(1);

    expect(await moderate.blockCommenterOf(admin, 999_999)).toEqual({ ok: false, error: 'That comment no longer exists.' });
  });
});

describe('editCommentText and deleteCommentsPermanently', () => {
  it('edits the text, refreshing the post only when the comment is shown', async () => {
    const shown = await add('approved');
    const held = await add();
    expect(await moderate.editCommentText(admin, shown, 'Corrected.')).toEqual({
      ok: true,
      message: 'Comment saved.',
      refreshPosts: [postId],
    });
    expect(await moderate.editCommentText(admin, held, 'Corrected too.')).toEqual({
      ok: true,
      message: 'Comment saved.',
      refreshPosts: [],
    });
    expect(await moderate.editCommentText(admin, 999_999, 'Gone.')).toEqual({
      ok: false,
      error: 'That comment no longer exists.',
    });
  });

  it('deletes for good', async () => {
    const [a, b] = [await add('trash'), await add('spam')];
    expect(await moderate.deleteCommentsPermanently(admin, [a, b])).toEqual({
      ok: true,
      message: '2 comments deleted permanently.',
      refreshPosts: [],
    });
    expect(await statusOf(a)).toBeUndefined();
    expect(logged('comments.deleted')).toEqual([[expect.objectContaining({ ids: [a, b], count: 2 }), expect.any(String)]]);
  });
});
