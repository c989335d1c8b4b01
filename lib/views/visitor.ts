import { keyedHash } from '@/lib/auth/keyed-hash';

/** A UTC day as post_views and post_view_visitors store it: YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The day before `day` (YYYY-MM-DD). */
export function previousUtcDay(day: string): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) - 24 * 60 * 60 * 1000));
}

/** Visitor rows from before this day are purged: today's and yesterday's are kept. */
export function viewVisitorsPurgeDay(now: Date): string {
  return previousUtcDay(utcDay(now));
}

/**
 * Who is counted for "one view per reader per post per day": a keyed hash of address and user
 * agent under a key derived from the server's secret and the day. The raw values are never stored,
 * and since the key changes every day, one day's visitors cannot be linked to the next day's.
 */
export function viewVisitor(secret: string, day: string, reader: { ip: string; userAgent: string }): string {
  const dayKey = keyedHash(secret, `view-visitors:${day}`);
  return keyedHash(dayKey, `${reader.ip}\n${reader.userAgent}`).slice(0, 32);
}
