import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';
import { trashPurgeCutoff } from '@/lib/posts/status';
import type { PostStatus } from '../schema';

// What is due is decided by the scheduler's SQL, so that is what is tested: against a real, migrated
// SQLite file, at the edges of each rule.
testDatabase('scheduling');

let q: typeof import('./scheduling');
let addPost: (slug: string, status: PostStatus, dates: { publishedAt?: Date; trashedAt?: Date }) => Promise<number>;
let statusOf: (id: number) => Promise<PostStatus | undefined>;

const T0 = new Date('2026-03-10T12:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);
const hasWork = (now: Date) => q.hasScheduledWork(now, trashPurgeCutoff(now));

beforeAll(async () => {
  const { db } = await import('../client');
  const { posts } = await import('../schema');
  const { eq } = await import('drizzle-orm');
  const author = await (
    await import('./users')
  ).createUser({ email: 'a@example.com', name: 'Ada', passwordHash: 'x', role: 'author' });
  addPost = async (slug, status, { publishedAt = null, trashedAt = null } = {}) => {
    const [row] = await db
      .insert(posts)
      .values({ slug, title: slug, status, authorId: author.id, publishedAt, trashedAt })
      .returning({ id: posts.id });
    return row.id;
  };
  statusOf = async (id) => (await db.select({ status: posts.status }).from(posts).where(eq(posts.id, id)))[0]?.status;
  q = await import('./scheduling');
});

describe('scheduled publishing', () => {
  it('never publishes a draft or a trashed post that has a date', async () => {
    const draft = await addPost('dated-draft', 'draft', { publishedAt: minutes(-1) });
    const trashed = await addPost('dated-trash', 'trashed', { publishedAt: minutes(-1), trashedAt: T0 });
    expect(await hasWork(T0)).toBe(false);
    expect(await q.publishDueScheduledPosts(T0)).toEqual([]);
    expect(await statusOf(draft)).toBe('draft');
    expect(await statusOf(trashed)).toBe('trashed');
  });

  it('publishes a scheduled post at its time, not before, and once', async () => {
    const id = await addPost('on-time', 'scheduled', { publishedAt: minutes(1) });
    expect(await hasWork(T0)).toBe(false);
    expect(await q.publishDueScheduledPosts(T0)).toEqual([]);
    expect(await statusOf(id)).toBe('scheduled');

    expect(await hasWork(minutes(1))).toBe(true);
    expect((await q.publishDueScheduledPosts(minutes(1))).map((p) => p.slug)).toEqual(['on-time']);
    expect(await statusOf(id)).toBe('published');
    expect(await q.publishDueScheduledPosts(minutes(2))).toEqual([]);
  });
});

describe('trash purge', () => {
  it('deletes trashed posts for good after 30 days, not before', async () => {
    const recent = await addPost('trashed-29-days-ago', 'trashed', { trashedAt: days(-29) });
    const old = await addPost('trashed-30-days-ago', 'trashed', { trashedAt: days(-30) });
    const published = await addPost('published-long-ago', 'published', { publishedAt: days(-400) });
    expect(await hasWork(T0)).toBe(true);

    expect(await q.purgeTrashedPostsBefore(trashPurgeCutoff(T0))).toEqual([{ id: old, slug: 'trashed-30-days-ago' }]);
    expect(await statusOf(old)).toBeUndefined();
    expect(await statusOf(recent)).toBe('trashed');
    expect(await statusOf(published)).toBe('published');
    expect(await hasWork(T0)).toBe(false);
  });
});
