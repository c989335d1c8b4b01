import { describe, expect, it } from 'vitest';
import { utcDay } from '@/lib/time';
import { dailyActivity, lastDays } from './activity';

describe('lastDays', () => {
  it('lists the days ending today in UTC, oldest first', () => {
    const days = lastDays(new Date('2030-03-02T23:30:00-05:00'), 30);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toBe('2030-03-03');
    expect(days[0]).toBe('2030-02-02');
  });

  it('crosses month and year ends', () => {
    expect(lastDays(new Date('2030-01-01T00:00:00Z'), 3)).toEqual(['2029-12-30', '2029-12-31', '2030-01-01']);
  });
});

describe('dailyActivity', () => {
  it('fills days without data with zeros', () => {
    const days = ['2030-01-01', '2030-01-02', '2030-01-03'];
    expect(dailyActivity(days, [{ day: '2030-01-02', count: 7 }], [{ day: '2030-01-03', count: 2 }])).toEqual([
      { day: '2030-01-01', views: 0, comments: 0 },
      { day: '2030-01-02', views: 7, comments: 0 },
      { day: '2030-01-03', views: 0, comments: 2 },
    ]);
  });

  it('formats a date as its UTC day', () => {
    expect(utcDay(new Date('2030-05-06T23:59:59Z'))).toBe('2030-05-06');
  });
});
