'use client';

import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * MINUTE],
  ['month', 30 * 24 * 60 * MINUTE],
  ['week', 7 * 24 * 60 * MINUTE],
  ['day', 24 * 60 * MINUTE],
  ['hour', 60 * MINUTE],
  ['minute', MINUTE],
];
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function relativeTime(date: Date, now: number): string {
  const diff = date.getTime() - now;
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, MINUTE);
  return () => clearInterval(timer);
}
const minuteNow = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/**
 * "3 days ago", with the exact date in the `datetime` and `title`. Pages are cached, so the
 * relative part is computed in the browser; the server renders the exact date.
 */
export function RelativeTime({ iso, exact }: { iso: string; exact: string }) {
  const now = useSyncExternalStore(subscribe, minuteNow, () => null);
  return (
    <time dateTime={iso} title={exact}>
      {now === null ? exact : relativeTime(new Date(iso), now)}
    </time>
  );
}
