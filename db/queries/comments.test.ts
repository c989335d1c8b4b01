import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated and seeded SQLite file.
testDatabase('comments', { seed: true });

let comments: typeof import('./comments');
let trust: typeof import('@/lib/comments/trust');
let keys: typeof import('@/lib/comments/commenter-key');
let postId: number;

beforeAll(async () => {
  comments = await import('./comments');
  trust = await import('@/lib/comments/trust');
  keys = await import('@/lib/comments/commenter-key');
  postId = (await comments.getPostForCommenting('the-art-of-the-quoted-passage'))!.id;
});

const comment = (values: { status: 'approved' | 'pending' | 'spam'; commenterKeyHash?: string | null; email?: string }) =>
  comments.insertComment({
    postId,
    authorName: 'Regular Reader',
    authorEmail: values.email ?? 'regular@example.com',
    bodySource: `text ${Math.random()}`,
    bodyHtml: '<p>text</p>',
    ipHash: 'same-address',
    status: values.status,
    commenterKeyHash: values.commenterKeyHash,
  });

describe('isTrustedCommenter', () => {
  it('trusts the browser whose key wrote an approved comment', async () => {
    const key = keys.hashCommenterKey('a'.repeat(43));
    await comment({ status: 'approved', commenterKeyHash: key });
    expect(await comments.hasApprovedCommentWithKey(key)).toBe(true);
    expect(await trust.isTrustedCommenter({ commenterKeyHash: key })).toBe(true);
  });

  it('does not trust a key whose comments are only pending or spam', async () => {
    const key = keys.hashCommenterKey('b'.repeat(43));
    await comment({ status: 'pending', commenterKeyHash: key });
    await comment({ status: 'spam', commenterKeyHash: key });
    expect(await trust.isTrustedCommenter({ commenterKeyHash: key })).toBe(false);
  });

  it('does not trust another browser that types the same name, email and address', async () => {
    // The approved comments above and an old one without a key all carry this name and email.
    await comment({ status: 'approved', commenterKeyHash: null });
    const stranger = keys.hashCommenterKey('c'.repeat(43));
    expect(await trust.isTrustedCommenter({ commenterKeyHash: stranger })).toBe(false);
  });

  it('stores a keyed hash, never the key itself', () => {
    const key = 'd'.repeat(43);
    const hash = keys.hashCommenterKey(key);
    expect(hash).not.toContain(key);
    expect(hash).toBe(keys.hashCommenterKey(key));
    expect(hash).not.toBe(keys.hashCommenterKey('e'.repeat(43)));
  });
});
