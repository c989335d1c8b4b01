import { describe, expect, it } from 'vitest';
import { dateTimeFormat, isTimeZone } from './date-format';

describe('date formats', () => {
  it('keeps one formatter per locale and options', () => {
    const paris = dateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    expect(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' })).toBe(paris);
    expect(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'Asia/Tokyo' })).not.toBe(paris);
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Europe/Paris' })).not.toBe(paris);
    // Half past eleven at night in UTC is already the next day in Paris, still the same day in New York.
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(paris.format(lateEvening)).toBe('March 2, 2026');
    expect(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'America/New_York' }).format(lateEvening)).toBe('March 1, 2026');
  });

  it('knows time zones by name and alias, and nothing else', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Europe/Paris')).toBe(true); // the second time from what was kept
    expect(isTimeZone('US/Eastern')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
