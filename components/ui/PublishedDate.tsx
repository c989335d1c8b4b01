import { dateTimeFormat } from '@/lib/date-format';

/** A date readers can read, with the machine-readable instant in `datetime`. */
export function PublishedDate({ date, timeZone }: { date: Date; timeZone: string }) {
  const label = dateTimeFormat('en', { dateStyle: 'long', timeZone }).format(date);
  return <time dateTime={date.toISOString()}>{label}</time>;
}
