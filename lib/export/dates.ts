// Dates as WordPress writes them in WXR: `YYYY-MM-DD HH:MM:SS`, once in the blog's time zone
// (post_date, comment_date) and once in UTC (the *_gmt fields).

/** WordPress's "no date yet", what it writes in post_date_gmt for a draft. */
export const WP_NO_DATE = '0000-00-00 00:00:00';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wpLocalDate(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function wpGmtDate(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

/** RSS's pubDate, as WordPress writes it: always +0000. */
export function rfc822Date(at: Date): string {
  return at.toUTCString().replace('GMT', '+0000');
}
