import { describe, expect, it } from 'vitest';
import {
  archiveFromMonthCounts,
  groupByMonth,
  monthName,
  monthsBetween,
  parseMonth,
  parseYear,
  periodPath,
  periodRange,
  yearMonthOf,
} from './periods';

const at = (iso: string) => new Date(iso);

describe('groupByMonth', () => {
  it('counts posts by year and month, newest first', () => {
    const dates = ['2024-05-03T10:00:00Z', '2023-12-31T12:00:00Z', '2024-05-20T10:00:00Z', '2024-01-09T00:00:00Z'].map(at);
    expect(groupByMonth(dates, 'UTC')).toEqual([
      {
        year: 2024,
        count: 3,
        months: [
          { year: 2024, month: 5, count: 2 },
          { year: 2024, month: 1, count: 1 },
        ],
      },
      { year: 2023, count: 1, months: [{ year: 2023, month: 12, count: 1 }] },
    ]);
  });

  it('groups by the blog’s time zone, not UTC', () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin, and still 31 January in New York.
    const late = at('2024-01-31T23:30:00Z');
    expect(groupByMonth([late], 'Europe/Berlin')[0].months).toEqual([{ year: 2024, month: 2, count: 1 }]);
    expect(groupByMonth([late], 'America/New_York')[0].months).toEqual([{ year: 2024, month: 1, count: 1 }]);
    // New Year's Eve evening in Los Angeles is the next year in UTC.
    expect(yearMonthOf(at('2025-01-01T05:00:00Z'), 'America/Los_Angeles')).toEqual({ year: 2024, month: 12 });
  });

  it('is empty for no posts', () => {
    expect(groupByMonth([], 'UTC')).toEqual([]);
  });
});

describe('periodRange', () => {
  it('covers a month from local midnight to local midnight', () => {
    expect(periodRange({ year: 2024, month: 3 }, 'UTC')).toEqual({
      start: at('2024-03-01T00:00:00Z'),
      end: at('2024-04-01T00:00:00Z'),
    });
    // Berlin is UTC+1 on 1 March and UTC+2 (summer time) on 1 April.
    expect(periodRange({ year: 2024, month: 3 }, 'Europe/Berlin')).toEqual({
      start: at('2024-02-29T23:00:00Z'),
      end: at('2024-03-31T22:00:00Z'),
    });
  });

  it('covers a whole year, and December ends at the next New Year', () => {
    expect(periodRange({ year: 2024, month: null }, 'America/New_York')).toEqual({
      start: at('2024-01-01T05:00:00Z'),
      end: at('2025-01-01T05:00:00Z'),
    });
    expect(periodRange({ year: 2024, month: 12 }, 'Asia/Kolkata').end).toEqual(at('2024-12-31T18:30:00Z'));
  });

  it('agrees with the grouping at both edges', () => {
    for (const timeZone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe']) {
      for (let month = 1; month <= 12; month++) {
        const { start, end } = periodRange({ year: 2024, month }, timeZone);
        expect(yearMonthOf(start, timeZone)).toEqual({ year: 2024, month });
        expect(yearMonthOf(new Date(start.getTime() - 1), timeZone)).not.toEqual({ year: 2024, month });
        expect(yearMonthOf(new Date(end.getTime() - 1), timeZone)).toEqual({ year: 2024, month });
      }
    }
  });
});

describe('URL parts', () => {
  it('accepts only four-digit years and two-digit months', () => {
    expect(parseYear('2024')).toBe(2024);
    for (const bad of ['24', '02024', '2024.0', ' 2024', 'abcd', '0000', '0099', '']) expect(parseYear(bad)).toBeNull();
    expect(parseMonth('01')).toBe(1);
    expect(parseMonth('12')).toBe(12);
    for (const bad of ['1', '00', '13', '1.0', 'ja', '012', '']) expect(parseMonth(bad)).toBeNull();
  });

  it('names and links periods', () => {
    expect(monthName(5)).toBe('May');
    expect(periodPath({ year: 2024, month: 5 })).toBe('/archive/2024/05');
    expect(periodPath({ year: 2024, month: null })).toBe('/archive/2024');
  });
});

describe('monthsBetween and archiveFromMonthCounts (the archive counted in SQL)', () => {
  // What the archive page shows when months are counted by ranges must be what grouping every date gave.
  it('give the same archive as grouping every date, in any time zone', () => {
    const dates = [
      '2022-11-30T23:30:00Z',
      '2023-01-01T04:00:00Z',
      '2023-01-15T12:00:00Z',
      '2023-06-30T22:59:00Z',
      '2024-02-29T12:00:00Z',
    ].map(at);
    for (const timeZone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kathmandu']) {
      const months = monthsBetween(dates[0], dates[dates.length - 1], timeZone);
      const counted = months.map((month) => {
        const { start, end } = periodRange(month, timeZone);
        return { ...month, count: dates.filter((date) => date >= start && date < end).length };
      });
      expect(archiveFromMonthCounts(counted)).toEqual(groupByMonth(dates, timeZone));
    }
  });

  it('lists every month across years, oldest first, and leaves empty months out of the archive', () => {
    expect(monthsBetween(at('2023-11-10T00:00:00Z'), at('2024-02-01T00:00:00Z'), 'UTC')).toEqual([
      { year: 2023, month: 11 },
      { year: 2023, month: 12 },
      { year: 2024, month: 1 },
      { year: 2024, month: 2 },
    ]);
    expect(archiveFromMonthCounts([{ year: 2024, month: 1, count: 0 }])).toEqual([]);
  });
});
