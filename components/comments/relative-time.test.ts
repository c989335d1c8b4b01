import { describe, expect, it } from 'vitest';
import { relativeTime } from './RelativeTime';

describe('relativeTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('says how long ago in the largest whole unit', () => {
    expect(relativeTime(new Date('2026-06-10T11:59:30Z'), now)).toBe('just now');
    expect(relativeTime(new Date('2026-06-10T09:00:00Z'), now)).toBe('3 hours ago');
    expect(relativeTime(new Date('2026-06-09T12:00:00Z'), now)).toBe('yesterday');
    expect(relativeTime(new Date('2026-05-20T12:00:00Z'), now)).toBe('3 weeks ago');
  });
});
