// Calendar arithmetic in UTC, the only time zone the database stores days in.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A UTC day as post_views, post_view_visitors and the dashboard store it: YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
