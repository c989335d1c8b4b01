import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated and seeded SQLite file.
testDatabase('moderation', { seed: true });

let q: typeof import('./moderation');
let comments: typeof import('./comments');
let postId: number;

beforeAll(async () => {
  q = await import('./moderation');
  comments = await import('./comments');
  postId = (await comments.getPostForCommenting('the-art-of-the-quoted-passage'))!.id;
});

const add = (body: string, status: 'pending' | 'spam' | 'trash' = 'pending') =>
  comments.insertComment({ postId, authorName: 'Test', bodySource: body, bodyHtml: `<p>${body}</p>`, status });

describe('setCommentStatus and restoreCommentStatuses', () => {
  it('moves comments and can put them back as they were', async () => {
    const a = await add('one');
    const b = await add('two', 'spam');
    const changes = await q.setCommentStatus([a.id, b.id], 'approved');
    expect(changes.map((c) => c.previousStatus).sort()).toEqual(['pending', 'spam']);
    expect((await q.countCommentsByStatus()).spam).toBe(0);

    const restored = await q.restoreCommentStatuses(changes);
    expect(restored.every((r) => r.previousStatus === 'approved')).toBe(true);
    expect((await q.getCommentForModeration(b.id))!.status).toBe('spam');
  });
});

describe('purgeDiscardedComments', () => {
  it('deletes spam and trash 30 days after they were discarded, and nothing else', async () => {
    const old = await add('long in the trash');
    await q.setCommentStatus([old.id], 'trash');
    const fresh = await add('just trashed');
    await q.setCommentStatus([fresh.id], 'trash');
    const waiting = await add('still pending');

    const now = Date.now();
    // Nothing is 30 days old yet.
    expect(await q.purgeDiscardedComments(new Date(now - 30 * 86_400_000))).toBe(0);
    // From 31 days in the future, both trashed comments are old enough; the pending one stays.
    expect(await q.purgeDiscardedComments(new Date(now + 31 * 86_400_000))).toBeGreaterThanOrEqual(2);
    expect(await q.getCommentForModeration(old.id)).toBeNull();
    expect(await q.getCommentForModeration(fresh.id)).toBeNull();
    expect(await q.getCommentForModeration(waiting.id)).not.toBeNull();
  });
});
