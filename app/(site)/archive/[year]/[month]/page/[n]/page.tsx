import type { Metadata } from 'next';
import { prerendered } from '@/lib/reader/prerender';
import { archivePages, PeriodPage, periodPageMetadata } from '../../../../period-page';

// Complete static output, and a real 404 past the last page (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const pages = prerendered((await archivePages()).months.filter(({ page }) => page > 1)).map(({ year, month, page }) => ({
    year,
    month,
    n: String(page),
  }));
  // At least one entry is required; a page past the end renders the 404 page.
  return pages.length > 0 ? pages : [{ year: '2000', month: '01', n: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/archive/[year]/[month]/page/[n]'>): Promise<Metadata> {
  const { year, month, n } = await params;
  return periodPageMetadata(year, month, n);
}

export default async function ArchiveMonthLaterPage({ params }: PageProps<'/archive/[year]/[month]/page/[n]'>) {
  const { year, month, n } = await params;
  return <PeriodPage year={year} month={month} n={n} />;
}
