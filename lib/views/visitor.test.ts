import { describe, expect, it } from 'vitest';
import { utcDay } from '@/lib/time';
import { previousUtcDay, viewVisitor } from './visitor';

const SECRET = 'a-test-secret-that-is-long-enough-000';
const reader = { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 Test' };

describe('the daily view visitor', () => {
  it('is the same for one reader within a day and never contains the raw address or agent', () => {
    const visitor = viewVisitor(SECRET, '2026-12-01', reader);
    expect(viewVisitor(SECRET, '2026-12-01', { ...reader })).toBe(visitor);
    expect(visitor).not.toContain('203.0.113.7');
    expect(visitor).toMatch(/^[\w-]{32}$/);
  });

  it('differs between readers, between days (the key rotates) and between secrets', () => {
    const visitor = viewVisitor(SECRET, '2026-12-01', reader);
    expect(viewVisitor(SECRET, '2026-12-01', { ...reader, ip: '203.0.113.8' })).not.toBe(visitor);
    expect(viewVisitor(SECRET, '2026-12-01', { ...reader, userAgent: 'Other' })).not.toBe(visitor);
    expect(viewVisitor(SECRET, '2026-12-02', reader)).not.toBe(visitor);
    expect(viewVisitor(`${SECRET}x`, '2026-12-01', reader)).not.toBe(visitor);
  });

  it('names UTC days and the day before, across months and years', () => {
    expect(utcDay(new Date('2026-12-01T23:59:59-05:00'))).toBe('2026-12-02');
    expect(previousUtcDay('2026-03-01')).toBe('2026-02-28');
    expect(previousUtcDay('2027-01-01')).toBe('2026-12-31');
  });
});
