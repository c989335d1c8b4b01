import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// The queue against a real SQLite file: claims, leases, retries and limits are answered by the database.
testDatabase('mail-queue');

let queue: typeof import('./queue');
let queries: typeof import('@/db/queries/mail-queue');
let db: typeof import('@/db/client');

beforeAll(async () => {
  queue = await import('./queue');
  queries = await import('@/db/queries/mail-queue');
  db = await import('@/db/client');
});

const smtp = { smtp: true, domain: 'blog.test' };
const mail = (to: string, kind = 'reply') => ({ to, kind, subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' });

async function clear() {
  await db.sqlite.execute('delete from mail_queue');
}

async function row(id: number) {
  return (await db.sqlite.execute({ sql: 'select * from mail_queue where id = ?', args: [id] })).rows[0];
}

describe('the mail queue', () => {
  it('keeps mail in the outbox without SMTP and queues it with SMTP, with a Message-ID fixed at once', async () => {
    await clear();
    const kept = await queue.enqueueMail({ smtp: false, domain: 'blog.test' }, mail('Reader@Example.com'));
    const queued = await queue.enqueueMail(smtp, mail('reader@example.com'));
    expect(kept.status).toBe('kept');
    expect(queued.status).toBe('queued');
    const stored = await row(queued.id);
    expect(stored.to_address).toBe('reader@example.com');
    expect(String(stored.message_id)).toMatch(/^<[\w-]+@blog\.test>$/);
    // A kept mail is never sent.
    const sent: number[] = [];
    await queue.deliverDueMail(async (m) => void sent.push(m.id), { retryBaseMs: 1000 });
    expect(sent).toEqual([queued.id]);
    expect((await row(queued.id)).status).toBe('sent');
    expect((await row(kept.id)).status).toBe('kept');
  });

  it('sends a mail once, even with two workers at the same time', async () => {
    await clear();
    for (let i = 0; i < 5; i++) await queue.enqueueMail(smtp, mail(`r${i}@example.com`));
    const sent: number[] = [];
    const deliver = async (m: { id: number }) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(m.id);
    };
    await Promise.all([
      queue.deliverDueMail(deliver, { retryBaseMs: 1000 }),
      queue.deliverDueMail(deliver, { retryBaseMs: 1000 }),
    ]);
    expect(sent).toHaveLength(5);
    expect(new Set(sent).size).toBe(5);
  });

  it('retries a failed mail after a growing delay, and sends it once the server is back', async () => {
    await clear();
    const { id } = await queue.enqueueMail(smtp, mail('retry@example.com'));
    let now = new Date(Date.now() + 3_600_000);
    const clock = () => now;
    const down = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    await queue.deliverDueMail(down, { retryBaseMs: 60_000, now: clock });
    let stored = await row(id);
    expect(stored.status).toBe('queued');
    expect(stored.attempts).toBe(1);
    expect(stored.last_error).toBe('connect ECONNREFUSED');
    expect(Number(stored.next_attempt_at)).toBe(now.getTime() + 60_000);

    // Not before its time.
    const sent: number[] = [];
    const up = async (m: { id: number }) => void sent.push(m.id);
    now = new Date(now.getTime() + 59_000);
    await queue.deliverDueMail(up, { retryBaseMs: 60_000, now: clock });
    expect(sent).toEqual([]);

    now = new Date(now.getTime() + 1_000);
    await queue.deliverDueMail(down, { retryBaseMs: 60_000, now: clock });
    stored = await row(id);
    expect(Number(stored.next_attempt_at)).toBe(now.getTime() + 120_000);

    now = new Date(now.getTime() + 120_000);
    await queue.deliverDueMail(up, { retryBaseMs: 60_000, now: clock });
    await queue.deliverDueMail(up, { retryBaseMs: 60_000, now: clock });
    expect(sent).toEqual([id]);
    expect((await row(id)).status).toBe('sent');
  });

  it('gives up after the last attempt, and says so in the outbox', async () => {
    await clear();
    const { id } = await queue.enqueueMail(smtp, mail('never@example.com'));
    let now = new Date(Date.now() + 3_600_000);
    for (let i = 0; i < queue.MAX_ATTEMPTS; i++) {
      await queue.deliverDueMail(
        async () => {
          throw new Error('550 mailbox unavailable');
        },
        { retryBaseMs: 1000, now: () => now },
      );
      now = new Date(now.getTime() + 7 * 60 * 60 * 1000);
    }
    const stored = await row(id);
    expect(stored.status).toBe('failed');
    expect(stored.attempts).toBe(queue.MAX_ATTEMPTS);
  });

  it('takes back a mail whose worker died mid-send once its lease runs out; the dead lease cannot mark it', async () => {
    await clear();
    const { id } = await queue.enqueueMail(smtp, mail('crash@example.com'));
    const start = new Date(Date.now() + 3_600_000);
    const claimed = await queries.claimDueMail('dead-worker', start, queue.LEASE_MS);
    expect(claimed?.id).toBe(id);
    expect(await queries.claimDueMail('other', new Date(start.getTime() + queue.LEASE_MS - 1), queue.LEASE_MS)).toBeNull();
    const retaken = await queries.claimDueMail('other', new Date(start.getTime() + queue.LEASE_MS), queue.LEASE_MS);
    expect(retaken?.id).toBe(id);
    expect(retaken?.messageId).toBe(claimed?.messageId);
    expect(await queries.markMailSent(id, 'dead-worker', new Date())).toBe(false);
    expect(await queries.markMailSent(id, 'other', new Date())).toBe(true);
  });

  it('skips notifications to an address over its hourly limit, and keeps others going', async () => {
    await clear();
    const now = new Date(Date.now() + 3_600_000);
    for (let i = 0; i < queue.NOTIFICATIONS_PER_ADDRESS_PER_HOUR; i++) {
      expect((await queue.enqueueMail(smtp, mail('busy@example.com'), now)).status).toBe('queued');
    }
    const over = await queue.enqueueMail(smtp, mail('busy@example.com'), now);
    expect(over.status).toBe('skipped');
    expect(String((await row(over.id)).last_error)).toContain('within the hour');
    expect((await queue.enqueueMail(smtp, mail('calm@example.com'), now)).status).toBe('queued');
    // An hour later the address may hear again.
    expect((await queue.enqueueMail(smtp, mail('busy@example.com'), new Date(now.getTime() + 60 * 60 * 1000 + 1))).status).toBe(
      'queued',
    );
  });

  it("counts an address's notifications only as far as the limit asks, skipped ones never", async () => {
    await clear();
    const now = new Date(Date.now() + 3_600_000);
    const limit = queue.NOTIFICATIONS_PER_ADDRESS_PER_HOUR;
    for (let i = 0; i < limit + 5; i++) await queue.enqueueMail(smtp, mail('storm@example.com'), now);
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
    // limit + 5 mails: the limit's worth were queued, the five after it skipped.
    expect(await queries.countMailTo('storm@example.com', queue.NOTIFICATION_KINDS, hourAgo, limit + 100)).toBe(limit);
    expect(await queries.countMailTo('storm@example.com', queue.NOTIFICATION_KINDS, hourAgo, 3)).toBe(3);
  });

  it('backs off by doubling, at most six hours', () => {
    expect([1, 2, 3, 4].map((n) => queue.retryDelayMs(n, 60_000))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(queue.retryDelayMs(30, 60_000)).toBe(6 * 60 * 60 * 1000);
  });
});
