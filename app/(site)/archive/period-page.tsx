import type { Metadata } from 'next';
import { pageAlternates } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site-url';
import Link from '@/components/site/IntentLink';
import { notFound } from 'next/navigation';
import { PaginatedPostList } from '@/components/post/PaginatedPostList';
import { monthParam, parseMonth, parseYear, periodName, periodPath, type ArchivePeriod } from '@/lib/archive/periods';
import { laterPages, parsePageNumber } from '@/lib/pagination';
import { prerenderedPageCount } from '@/lib/reader/prerender';
import { getArchive, getArchivePeriodPage } from '@/lib/reader/archive';
import { getSiteSettings } from '@/lib/settings/site-settings';

// Shared by the year and month pages of the archive and their /page/[n] pages. Pages are path
// segments, not ?page=N, because a static page cannot read searchParams.

export const periodPagePath = (period: ArchivePeriod, page: number) =>
  page === 1 ? periodPath(period) : `${periodPath(period)}/page/${page}`;

/** The period and page named by URL segments, or null when any of them is malformed. */
export function parsePeriodParams(year: string, month: string | null, n: string | null) {
  const y = parseYear(year);
  const m = month === null ? null : parseMonth(month);
  // Page 1 lives at the period's own address only, so each page has one address.
  const page = n === null ? 1 : parsePageNumber(n, 2);
  if (y === null || (month !== null && m === null) || page === null) return null;
  return { period: { year: y, month: m }, page };
}

/**
 * Pages of years and months with posts for generateStaticParams, newest first; each route prerenders
 * only the first few of them (lib/reader/prerender.ts).
 */
export async function archivePages() {
  const { postsPerPage, timeZone } = await getSiteSettings();
  const years = await getArchive(timeZone);
  const pagesOf = (count: number) => [1, ...laterPages(prerenderedPageCount(Math.ceil(count / postsPerPage)))];
  return {
    years: years.flatMap(({ year, count }) => pagesOf(count).map((page) => ({ year: String(year), page }))),
    months: years.flatMap(({ months }) =>
      months.flatMap(({ year, month, count }) =>
        pagesOf(count).map((page) => ({ year: String(year), month: monthParam(month), page })),
      ),
    ),
  };
}

async function load(year: string, month: string | null, n: string | null) {
  const parsed = parsePeriodParams(year, month, n);
  if (!parsed) return null;
  const settings = await getSiteSettings();
  const data = await getArchivePeriodPage(parsed.period, parsed.page, settings.postsPerPage, settings.timeZone);
  return data && { ...parsed, settings, data };
}

export async function periodPageMetadata(year: string, month: string | null, n: string | null): Promise<Metadata> {
  const loaded = await load(year, month, n);
  if (!loaded) return {};
  const title = `Posts from ${periodName(loaded.period)}`;
  return {
    title: loaded.page === 1 ? title : `${title}, page ${loaded.page}`,
    alternates: pageAlternates(`${siteUrl(loaded.settings)}${periodPagePath(loaded.period, loaded.page)}`, loaded.settings.title),
  };
}

const crumbClass = 'font-medium text-accent-600 underline-offset-4 hover:underline dark:text-accent-400';

export async function PeriodPage({ year, month, n }: { year: string; month: string | null; n: string | null }) {
  const loaded = await load(year, month, n);
  if (!loaded) notFound();
  const { period, settings, data } = loaded;
  return (
    <PaginatedPostList
      before={
        <nav aria-label="Breadcrumb" className="mb-3 text-sm">
          <ol className="flex flex-wrap gap-2">
            <li>
              <Link href="/archive" className={crumbClass}>
                Archive
              </Link>
            </li>
            {period.month !== null && (
              <li>
                <span aria-hidden="true" className="mr-2 text-stone-500">
                  /
                </span>
                <Link href={periodPath({ year: period.year, month: null })} className={crumbClass}>
                  {period.year}
                </Link>
              </li>
            )}
          </ol>
        </nav>
      }
      heading={`Posts from ${periodName(period)}`}
      total={data.total}
      posts={data.posts}
      timeZone={settings.timeZone}
      window={data.window}
      pageHref={(page) => periodPagePath(period, page)}
    />
  );
}
