import type { Metadata } from 'next';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';
import Link from '@/components/site/IntentLink';
import { monthName, periodPath } from '@/lib/archive/periods';
import { postCount } from '@/components/post/PaginatedPostList';
import { getArchive } from '@/lib/reader/archive';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const ensureStatic = 'navigation';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return { title: 'Archive', alternates: pageAlternates(`${siteUrl(settings)}/archive`, settings.title) };
}

const linkClass = 'underline-offset-4 hover:underline hover:text-accent-600 dark:hover:text-accent-400';

/** Every year and month with posts, newest first, like Blogger's Blog Archive. */
export default async function ArchivePage() {
  const { timeZone } = await getSiteSettings();
  const years = await getArchive(timeZone);
  return (
    <>
      <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight">Archive</h1>
      {years.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-400">Nothing published yet.</p>
      ) : (
        years.map(({ year, count, months }) => (
          <section key={year} aria-labelledby={`archive-${year}`} className="mt-10">
            <h2 id={`archive-${year}`} className="font-serif text-2xl font-semibold">
              <Link href={periodPath({ year, month: null })} className={linkClass}>
                {year}
              </Link>{' '}
              <span className="font-sans text-base font-normal text-stone-600 dark:text-stone-400">({postCount(count)})</span>
            </h2>
            <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-3">
              {months.map(({ month, count: monthCount }) => (
                <li key={month}>
                  <Link href={periodPath({ year, month })} className={`font-medium ${linkClass}`}>
                    {monthName(month)}
                    <span className="sr-only"> {year}</span>
                  </Link>{' '}
                  <span className="text-stone-600 dark:text-stone-400">({monthCount})</span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
