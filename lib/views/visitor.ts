import { keyedHash } from '@/lib/auth/keyed-hash';
import { DAY_MS, utcDay } from '@/lib/time';

/** The day before `day` (YYYY-MM-DD). */
export function previousUtcDay(day: string): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS));
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
