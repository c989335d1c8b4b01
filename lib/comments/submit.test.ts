import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';
import type { PostedCommentForm } from './input';
import type { SubmitContext } from './submit';

// A new comment against a real, migrated and seeded SQLite file: duplicates, parents, trust and the
// blocklist are answered by the database.
testDatabase('submit', { seed: true });

const POST = 'the-art-of-the-quoted-passage';
const settings: SubmitContext['settings'] = { policy: 'holdFirstTime', closeAfterDays: null, disallowedWords: ['cheap pills'] };

let submit: typeof import('./submit');
let comments: typeof import('@/db/queries/comments');
let moderation: typeof import('@/db/queries/moderation');
let token: (issuedAt?: number) => string;
let postId: number;

beforeAll(async () => {
  submit = await import('./submit');
  comments = await import('@/db/queries/comments');
  moderation = await import('@/db/queries/moderation');
  const { createFormToken } = await import('./form-token');
  const { authSecret } = await import('@/lib/auth/secret');
  // Issued a minute ago: the reader took their time.
  token = (issuedAt = Date.now() - 60_000) => createFormToken(authSecret(), issuedAt);
  postId = (await comments.getPostForCommenting(POST))!.id;
});

let sequence = 0;

/** A filled-in form with a fresh body, as a reader who took their time posts it. */
function form(overrides: Partial<PostedCommentForm> = {}): PostedCommentForm {
  sequence += 1;
  return {
    name: 'Rea Der',
    email: 'rea@example.com',
    website: '',
    body: `A thoughtful comment, number ${sequence}.`,
    honeypot: '',
    formToken: token(),
    postSlug: POST,
    parentId: '',
    notify: false,
    notifyAll: false,
    ...overrides,
  };
}

/** Each test posts from its own address, so one test's rate limit does not reach another. */
function context(overrides: Partial<SubmitContext> = {}): SubmitContext {
  sequence += 1;
  return { clientIp: `192.0.2.${sequence}`, commenterKey: vi.fn(async () => `key-${sequence}`), settings, ...overrides };
}

/** Whether any comment with this text is on the post, whoever wrote it. */
async function stored(body: string): Promise<boolean> {
  const { sqlite } = await import('@/db/client');
  const { rows } = await sqlite.execute({
    sql: 'select 1 from comments where post_id = ? and body_source = ?',
    args: [postId, body],
  });
  return rows.length > 0;
}

describe('submitComment refuses', () => {
  it('answers a filled-in honeypot as if held, and keeps nothing', async () => {
    const posted = form({ honeypot: 'Acme Corp' });
    const ctx = context();
    expect(await submit.submitComment(posted, ctx)).toEqual({ ok: true, status: 'discarded', comment: null, refreshPosts: [] });
    expect(await stored(posted.body)).toBe(false);
    expect(ctx.commenterKey).not.toHaveBeenCalled();
  });

  it('names the fields to fix', async () => {
    const result = await submit.submitComment(form({ name: ' ', email: 'not-an-email' }), context());
    expect(result).toEqual({
      ok: false,
      error: 'Please check the highlighted fields.',
      fieldErrors: { name: ['Please enter your name.'], email: ['That does not look like an email address.'] },
    });
  });

  it('a comment posted sooner than a person could type it', async () => {
    const posted = form({ formToken: token(Date.now()) });
    const ctx = context();
    const result = await submit.submitComment(posted, ctx);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('That was quick!') });
    expect(await stored(posted.body)).toBe(false);
    expect(ctx.commenterKey).not.toHaveBeenCalled();
  });

  it('a form left open too long, or a forged token', async () => {
    for (const formToken of [token(Date.now() - 2 * 24 * 60 * 60 * 1000), '123.forged']) {
      expect(await submit.submitComment(form({ formToken }), context())).toMatchObject({
        ok: false,
        error: 'This form has been open too long. Your text is kept: please post it again.',
      });
    }
  });

  it('an address over its allowance, saying how long to wait', async () => {
    const ctx = context();
    // The allowance is five a minute (COMMENT_LIMIT_PER_MINUTE).
    for (let n = 0; n < 5; n += 1) expect((await submit.submitComment(form(), ctx)).ok).toBe(true);
    const posted = form();
    const result = await submit.submitComment(posted, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^You are commenting too quickly\. Please wait \d+ seconds and try again\.$/),
    });
    expect(await stored(posted.body)).toBe(false);
  });

  it('the same comment twice on a post, at the text field', async () => {
    const posted = form();
    expect((await submit.submitComment(posted, context())).ok).toBe(true);
    expect(await submit.submitComment({ ...posted, formToken: token() }, context())).toEqual({
      ok: false,
      error: '',
      fieldErrors: { body: ['You have already posted this comment on this post.'] },
    });
  });

  it('the same words from another reader on the same post are their own comment', async () => {
    const posted = form({ body: `Thank you! ${Date.now()}` });
    expect((await submit.submitComment(posted, context())).ok).toBe(true);
    // Another address and another email: a second reader, not a second click.
    const second = await submit.submitComment({ ...posted, email: 'someone-else@example.com', formToken: token() }, context());
    expect(second).toMatchObject({ ok: true });
    // From the first reader's address with no email at all: still theirs, still refused.
    const again = await submit.submitComment({ ...posted, email: '', formToken: token() }, context({ clientIp: '198.51.100.7' }));
    expect(again.ok).toBe(true);
    expect(
      await submit.submitComment({ ...posted, email: '', formToken: token() }, context({ clientIp: '198.51.100.7' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { body: ['You have already posted this comment on this post.'] },
    });
  });

  it('a reply to a comment that is missing or not approved', async () => {
    const held = await submit.submitComment(form(), context());
    if (!held.ok || !held.comment) throw new Error('the comment should be held');
    for (const parentId of ['999999', String(held.comment.id)]) {
      const ctx = context();
      expect(await submit.submitComment(form({ parentId }), ctx)).toMatchObject({
        ok: false,
        error: 'The comment you are replying to is no longer available.',
      });
      // No comment stored, so no cookie given.
      expect(ctx.commenterKey).not.toHaveBeenCalled();
    }
  });

  it('a post that is not published, or closed for comments', async () => {
    expect(await submit.submitComment(form({ postSlug: 'no-such-post' }), context())).toMatchObject({
      error: 'This post is not open for comments.',
    });
    const closed = context({ settings: { ...settings, closeAfterDays: 1 }, now: new Date('2099-01-01T00:00:00Z') });
    expect(await submit.submitComment(form({ formToken: token(Date.UTC(2098, 11, 31, 23, 0)) }), closed)).toMatchObject({
      error: 'Comments are closed on this post.',
    });
  });
});

describe('submitComment stores', () => {
  it('holds a first comment, and publishes the next one from the same browser once the first is approved', async () => {
    const key = async () => 'a-returning-browser';
    const first = await submit.submitComment(form(), context({ commenterKey: key }));
    expect(first).toMatchObject({ ok: true, status: 'pending', refreshPosts: [] });
    if (!first.ok || !first.comment) throw new Error('the first comment should be held');
    expect(first.comment).toMatchObject({ postSlug: POST, parentId: null, authorName: 'Rea Der' });

    // A stranger typing the same name and email is not trusted: only the browser's key counts.
    expect(await submit.submitComment(form(), context())).toMatchObject({ status: 'pending' });

    await moderation.setCommentStatus([first.comment.id], 'approved');
    const second = await submit.submitComment(form({ parentId: String(first.comment.id) }), context({ commenterKey: key }));
    expect(second).toMatchObject({
      ok: true,
      status: 'approved',
      refreshPosts: [postId],
      comment: { parentId: first.comment.id },
    });
  });

  it('publishes at once under publishAll, but holds a comment without the form token or with many links', async () => {
    const publishAll = { ...settings, policy: 'publishAll' as const };
    expect(await submit.submitComment(form(), context({ settings: publishAll }))).toMatchObject({
      status: 'approved',
      refreshPosts: [postId],
    });
    expect(await submit.submitComment(form({ formToken: '' }), context({ settings: publishAll }))).toMatchObject({
      status: 'pending',
    });
    const links = 'https://a.example https://b.example https://c.example https://d.example';
    expect(await submit.submitComment(form({ body: links }), context({ settings: publishAll }))).toMatchObject({
      status: 'pending',
    });
  });

  it('sends a blocked commenter’s comment, and one with a disallowed word, to spam', async () => {
    const { writeSetting } = await import('@/db/queries/settings');
    const { BLOCKLIST_SETTING } = await import('./blocklist');
    await writeSetting(BLOCKLIST_SETTING, { emails: ['blocked@example.com'], ipHashes: [] });
    const publishAll = { ...settings, policy: 'publishAll' as const };

    const blocked = await submit.submitComment(form({ email: 'Blocked@Example.com' }), context({ settings: publishAll }));
    expect(blocked).toMatchObject({ ok: true, status: 'spam', refreshPosts: [] });
    const words = await submit.submitComment(form({ body: 'Buy CHEAP PILLS here.' }), context({ settings: publishAll }));
    expect(words).toMatchObject({ ok: true, status: 'spam' });

    if (!blocked.ok || !blocked.comment) throw new Error('the comment should be stored');
    expect(await moderation.getCommentForModeration(blocked.comment.id)).toMatchObject({
      status: 'spam',
      authorEmail: 'Blocked@Example.com',
    });
  });
});
