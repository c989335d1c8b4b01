import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated and seeded SQLite file: the "once per visitor" rule is the database's primary key.
testDatabase('views', { seed: true });

const SLUG = 'the-art-of-the-quoted-passage';
let q: typeof import('./views');
let sqlite: typeof import('../client').sqlite;

beforeAll(async () => {
  q = await import('./views');
  sqlite = (await import('../client')).sqlite;
});

async function viewsOn(day: string) {
  const { rows } = await sqlite.execute({
    sql: 'select coalesce(sum(v.views), 0) as n from post_views v join posts p on p.id = v.post_id where p.slug = ? and v.day = ?',
    args: [SLUG, day],
  });
  return Number(rows[0].n);
}

describe('recordPostView', () => {
  it('counts a visitor once per post per day, even when their beacons arrive together', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => q.recordPostView(SLUG, '2026-12-01', 'visitor-a')));
    expect(results.filter((r) => r === 'counted')).toHaveLength(1);
    expect(results.filter((r) => r === 'alreadyCounted')).toHaveLength(49);
    expect(await viewsOn('2026-12-01')).toBe(1);

    expect(await q.recordPostView(SLUG, '2026-12-01', 'visitor-b')).toBe('counted');
    expect(await q.recordPostView(SLUG, '2026-12-02', 'visitor-a')).toBe('counted');
    expect(await viewsOn('2026-12-01')).toBe(2);
    expect(await viewsOn('2026-12-02')).toBe(1);
  });

  it('counts nothing for a post that is not published', async () => {
    expect(await q.recordPostView('no-such-post', '2026-12-01', 'visitor-a')).toBe('unknownPost');
  });
});

describe('purgeViewVisitorsBefore', () => {
  it('forgets visitors from before the given day and keeps the counts', async () => {
    await q.recordPostView(SLUG, '2026-11-20', 'visitor-old');
    expect(await q.hasViewVisitorsBefore('2026-12-01')).toBe(true);
    expect(await q.purgeViewVisitorsBefore('2026-12-01')).toBe(1);
    expect(await q.hasViewVisitorsBefore('2026-12-01')).toBe(false);
    expect(await viewsOn('2026-11-20')).toBe(1);
    // Today's and yesterday's visitors are still known: no second count.
    expect(await q.recordPostView(SLUG, '2026-12-01', 'visitor-a')).toBe('alreadyCounted');
  });
});
