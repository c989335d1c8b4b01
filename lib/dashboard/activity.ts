import { DAY_MS, utcDay } from '@/lib/time';

export interface DayActivity {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  views: number;
  comments: number;
}

/** The `count` UTC days ending with the day of `now`, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => utcDay(new Date(today - (count - 1 - i) * DAY_MS)));
}

/** One entry per day, zero where the database has no row for it. */
export function dailyActivity(
  days: readonly string[],
  views: readonly { day: string; count: number }[],
  comments: readonly { day: string; count: number }[],
): DayActivity[] {
  const viewsByDay = new Map(views.map((v) => [v.day, v.count]));
  const commentsByDay = new Map(comments.map((c) => [c.day, c.count]));
  return days.map((day) => ({ day, views: viewsByDay.get(day) ?? 0, comments: commentsByDay.get(day) ?? 0 }));
}
