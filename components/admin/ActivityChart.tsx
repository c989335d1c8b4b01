import type { DayActivity } from '@/lib/dashboard/activity';

const dayLabel = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const formatDay = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));

const BAR = 8;
const GAP = 2;
const HEIGHT = 60;

interface SeriesProps {
  days: DayActivity[];
  metric: 'views' | 'comments';
  label: string;
  /** Tailwind fill color of the bars. */
  fillClass: string;
}

/** One metric as a bar per day, drawn on the server; the table below the charts has the numbers. */
function Series({ days, metric, label, fillClass }: SeriesProps) {
  const values = days.map((d) => d[metric]);
  const total = values.reduce((a, b) => a + b, 0);
  const max = Math.max(...values, 0);
  const busiest = days[values.indexOf(max)];
  const width = days.length * (BAR + GAP) - GAP;
  const summary =
    total === 0
      ? `No ${label} in the last ${days.length} days.`
      : `${total} ${label} in the last ${days.length} days; most on ${formatDay(busiest.day)}, with ${max}.`;

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-medium capitalize">{label}</span>
        <span className="text-2xl font-semibold tabular-nums">{total}</span>
      </figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="mt-3 h-16 w-full"
      >
        <line
          x1={0}
          x2={width}
          y1={HEIGHT - 0.5}
          y2={HEIGHT - 0.5}
          className="stroke-stone-300 dark:stroke-stone-700"
          strokeWidth={1}
        />
        {days.map((d, i) => {
          const value = d[metric];
          // Empty days keep a sliver so the month's shape stays readable.
          const h = max === 0 ? 0 : Math.max(value > 0 ? 2 : 0, (value / max) * (HEIGHT - 2));
          return (
            <rect key={d.day} x={i * (BAR + GAP)} y={HEIGHT - 1 - h} width={BAR} height={h} className={fillClass}>
              <title>{`${formatDay(d.day)}: ${value}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="mt-1 flex justify-between text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
        <span>{formatDay(days[0].day)}</span>
        <span>{formatDay(days[days.length - 1].day)}</span>
      </div>
      <p className="sr-only">{summary}</p>
    </figure>
  );
}

export function ActivityChart({ days }: { days: DayActivity[] }) {
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="font-serif text-xl font-semibold">
        Last {days.length} days
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <Series days={days} metric="views" label="views" fillClass="fill-accent-600 dark:fill-accent-400" />
        <Series days={days} metric="comments" label="comments" fillClass="fill-stone-600 dark:fill-stone-400" />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">Daily numbers</summary>
        <table className="mt-2 w-full max-w-sm text-left tabular-nums">
          <caption className="sr-only">Views and comments per day (UTC)</caption>
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-800">
              <th scope="col" className="py-1 font-medium">
                Day
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Views
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Comments
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-b border-stone-100 dark:border-stone-900">
                <th scope="row" className="py-1 font-normal">
                  <time dateTime={d.day}>{formatDay(d.day)}</time>
                </th>
                <td className="py-1 text-right">{d.views}</td>
                <td className="py-1 text-right">{d.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
