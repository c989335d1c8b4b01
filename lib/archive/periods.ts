// Archive periods (years and months) in the blog's time zone. Grouping happens here rather than
// in SQL because SQLite knows only UTC and fixed offsets, not time zones with daylight saving;
// the dates of a blog's published posts (thousands at most) are cheap to group in memory.

export interface ArchiveMonth {
  year: number;
  /** 1–12 */
  month: number;
  count: number;
}

export interface ArchiveYear {
  year: number;
  count: number;
  /** Newest first. */
  months: ArchiveMonth[];
}

export interface ArchivePeriod {
  year: number;
  /** 1–12, or null for the whole year. */
  month: number | null;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock date and time of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsFormat(timeZone).formatToParts(new Date(instant))) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** How far the time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant the given wall-clock midnight happens in a time zone (month may overflow into the next year). */
function zonedMidnight(year: number, month: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, 1);
  const first = guess - offsetAt(guess, timeZone);
  // Midnight may fall on the other side of a daylight-saving change than the first guess.
  return new Date(guess - offsetAt(first, timeZone));
}

/** The year and month (1–12) an instant falls in, in a time zone. */
export function yearMonthOf(date: Date, timeZone: string): { year: number; month: number } {
  const { year, month } = wallClock(date.getTime(), timeZone);
  return { year, month };
}

/** Counts dates by year and month in a time zone, newest first. */
export function groupByMonth(dates: Date[], timeZone: string): ArchiveYear[] {
  const counts = new Map<number, Map<number, number>>();
  for (const date of dates) {
    const { year, month } = yearMonthOf(date, timeZone);
    const months = counts.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    counts.set(year, months);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.entries()].sort(([a], [b]) => b - a).map(([month, count]) => ({ year, month, count }));
      return { year, count: list.reduce((sum, m) => sum + m.count, 0), months: list };
    });
}

/** Every month from the one `first` falls in to the one `last` falls in, oldest first, in a time zone. */
export function monthsBetween(first: Date, last: Date, timeZone: string): { year: number; month: number }[] {
  const from = yearMonthOf(first, timeZone);
  const to = yearMonthOf(last, timeZone);
  const months: { year: number; month: number }[] = [];
  for (
    let { year, month } = from;
    year < to.year || (year === to.year && month <= to.month);
    month === 12 ? (year++, (month = 1)) : month++
  ) {
    months.push({ year, month });
  }
  return months;
}

/** Months with their counts (any order) as the archive lists them: years newest first, empty months left out. */
export function archiveFromMonthCounts(months: readonly ArchiveMonth[]): ArchiveYear[] {
  const byYear = new Map<number, ArchiveMonth[]>();
  for (const month of months) {
    if (month.count === 0) continue;
    byYear.set(month.year, [...(byYear.get(month.year) ?? []), month]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const sorted = [...list].sort((a, b) => b.month - a.month);
      return { year, count: sorted.reduce((sum, m) => sum + m.count, 0), months: sorted };
    });
}

/** The half-open range of instants [start, end) a year or month covers in a time zone. */
export function periodRange({ year, month }: ArchivePeriod, timeZone: string): { start: Date; end: Date } {
  return month === null
    ? { start: zonedMidnight(year, 1, timeZone), end: zonedMidnight(year + 1, 1, timeZone) }
    : { start: zonedMidnight(year, month, timeZone), end: zonedMidnight(year, month + 1, timeZone) };
}

/** A year from a URL: four digits from 1000 (Date.UTC reads years 0–99 as 1900–1999). */
export function parseYear(value: string): number | null {
  return /^[1-9]\d{3}$/.test(value) ? Number(value) : null;
}

/** A month from a URL: exactly two digits, 01–12. */
export function parseMonth(value: string): number | null {
  return /^(0[1-9]|1[0-2])$/.test(value) ? Number(value) : null;
}

/** The URL spelling of a month: two digits. */
export function monthParam(month: number): string {
  return String(month).padStart(2, '0');
}

const monthNames = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

export function monthName(month: number): string {
  return monthNames.format(new Date(Date.UTC(2000, month - 1, 15)));
}

export function periodPath({ year, month }: ArchivePeriod): string {
  return month === null ? `/archive/${year}` : `/archive/${year}/${monthParam(month)}`;
}

export function periodName({ year, month }: ArchivePeriod): string {
  return month === null ? String(year) : `${monthName(month)} ${year}`;
}
