import { describe, expect, it } from 'vitest';
import { nextBackupDelay } from './automatic';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-01T12:00:00Z');

describe('nextBackupDelay', () => {
  it('is an interval after the last good backup, so restarts do not postpone it', () => {
    expect(nextBackupDelay('2026-12-01T00:00:00Z', DAY, now)).toBe(12 * 60 * 60 * 1000);
  });
  it('is a minute after the start when a backup is overdue or there was none', () => {
    expect(nextBackupDelay('2026-11-20T00:00:00Z', DAY, now)).toBe(60_000);
    expect(nextBackupDelay(undefined, DAY, now)).toBe(60_000);
  });
  it('is the interval itself when that is shorter than a minute', () => {
    expect(nextBackupDelay(undefined, 1000, now)).toBe(1000);
  });
});
